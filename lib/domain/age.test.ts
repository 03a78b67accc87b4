import { describe, expect, it } from 'vitest';
import { parseIsoDate as iso } from './calendar-date';
import { ageForRules, ageMonthsForRules, ageOn, formatAge, formatGestation, gestationDays } from './age';

describe('gestational age in weeks and days', () => {
  it('stores weeks and days as days, and shows them back', () => {
    expect(gestationDays(32, 3)).toBe(227);
    expect(formatGestation(227)).toBe('32 weeks 3 days');
    expect(formatGestation(224)).toBe('32 weeks');
    expect(formatGestation(253)).toBe('36 weeks 1 day');
  });
});

describe('ageOn: chronological age', () => {
  it('is zero on the day of birth', () => {
    expect(ageOn(iso('2026-01-01'), iso('2026-01-01'), null)).toEqual({
      days: 0,
      weeks: 0,
      months: 0,
      daysPastWholeMonths: 0,
      correctedDays: null,
      correctedWeeks: null,
      correctedMonths: null,
      correctedDaysPastWholeMonths: null,
      isPremature: false,
    });
  });

  it('completes a week on day 7, not day 6', () => {
    expect(ageOn(iso('2026-01-01'), iso('2026-01-07'), null)).toMatchObject({ days: 6, weeks: 0 });
    expect(ageOn(iso('2026-01-01'), iso('2026-01-08'), null)).toMatchObject({ days: 7, weeks: 1 });
    expect(ageOn(iso('2026-01-01'), iso('2026-01-22'), null)).toMatchObject({ days: 21, weeks: 3 }); // "3 weeks" rule
  });

  it('completes a month on the same day-of-month', () => {
    expect(ageOn(iso('2026-01-15'), iso('2026-02-14'), null)).toMatchObject({ months: 0, days: 30 });
    expect(ageOn(iso('2026-01-15'), iso('2026-02-15'), null)).toMatchObject({
      months: 1,
      days: 31,
      daysPastWholeMonths: 0,
    });
  });

  it('born on the 31st: February does not complete the month, March 1st does', () => {
    expect(ageOn(iso('2026-01-31'), iso('2026-02-28'), null)).toMatchObject({ months: 0, days: 28 });
    expect(ageOn(iso('2026-01-31'), iso('2026-03-01'), null)).toMatchObject({
      months: 1,
      days: 29,
      daysPastWholeMonths: 0,
    });
    expect(ageOn(iso('2026-01-31'), iso('2026-03-30'), null)).toMatchObject({ months: 1, daysPastWholeMonths: 29 });
    expect(ageOn(iso('2026-01-31'), iso('2026-03-31'), null)).toMatchObject({ months: 2, daysPastWholeMonths: 0 });
    expect(ageOn(iso('2026-01-31'), iso('2026-04-30'), null)).toMatchObject({ months: 2, daysPastWholeMonths: 30 });
    expect(ageOn(iso('2026-01-31'), iso('2026-05-01'), null)).toMatchObject({ months: 3, daysPastWholeMonths: 0 });
  });

  it('born on a leap day: 12 months on March 1st of the next year', () => {
    expect(ageOn(iso('2028-02-29'), iso('2028-03-28'), null)).toMatchObject({ months: 0 });
    expect(ageOn(iso('2028-02-29'), iso('2028-03-29'), null)).toMatchObject({ months: 1 });
    expect(ageOn(iso('2028-02-29'), iso('2029-02-28'), null)).toMatchObject({ months: 11, days: 365 });
    expect(ageOn(iso('2028-02-29'), iso('2029-03-01'), null)).toMatchObject({
      months: 12,
      days: 366,
      daysPastWholeMonths: 0,
    });
  });

  it('refuses a date before birth', () => {
    expect(() => ageOn(iso('2026-03-10'), iso('2026-03-09'), null)).toThrow(/before the date of birth/);
  });
});

describe('ageOn: corrected age for premature babies', () => {
  it('a 32-week baby: due date 8 weeks after birth', () => {
    // Born 2026-01-10 at 32 weeks: due 2026-03-07. On 2026-04-25: 105 days old, 49 corrected.
    expect(ageOn(iso('2026-01-10'), iso('2026-04-25'), 224)).toEqual({
      days: 105,
      weeks: 15,
      months: 3, // 2026-04-10
      daysPastWholeMonths: 15,
      correctedDays: 49,
      correctedWeeks: 7,
      correctedMonths: 1, // 2026-04-07
      correctedDaysPastWholeMonths: 18,
      isPremature: true,
    });
  });

  it('is zero corrected days on the due date', () => {
    expect(ageOn(iso('2026-01-10'), iso('2026-03-07'), 224)).toMatchObject({
      days: 56,
      correctedDays: 0,
      correctedMonths: 0,
    });
  });

  it('is negative before term', () => {
    // Born 2026-01-10 at 28 weeks: due 2026-04-04. On 2026-03-01, 34 days before the due date.
    expect(ageOn(iso('2026-01-10'), iso('2026-03-01'), 196)).toMatchObject({
      days: 50,
      correctedDays: -34,
      correctedWeeks: -4,
      correctedMonths: -1,
      correctedDaysPastWholeMonths: null,
    });
  });

  it('is premature below 37 weeks only', () => {
    expect(ageOn(iso('2026-01-10'), iso('2026-03-01'), 252).isPremature).toBe(true);
    expect(ageOn(iso('2026-01-10'), iso('2026-03-01'), 252).correctedDays).toBe(50 - 28);
    expect(ageOn(iso('2026-01-10'), iso('2026-03-01'), 259)).toMatchObject({ isPremature: false, correctedDays: null });
    expect(ageOn(iso('2026-01-10'), iso('2026-03-01'), 287)).toMatchObject({ isPremature: false, correctedDays: null });
  });

  it('counts the due date to the day from weeks and days: 32+3 is 53 days before term', () => {
    expect(ageOn(iso('2026-01-10'), iso('2026-04-25'), gestationDays(32, 3)).correctedDays).toBe(105 - 53);
  });

  it('is premature up to 36 weeks 6 days, not from 37 weeks 0 days', () => {
    expect(ageOn(iso('2026-01-10'), iso('2026-03-01'), gestationDays(36, 6)).isPremature).toBe(true);
    expect(ageOn(iso('2026-01-10'), iso('2026-03-01'), gestationDays(37, 0)).isPremature).toBe(false);
  });

  it('refuses an implausible gestational age', () => {
    expect(() => ageOn(iso('2026-01-10'), iso('2026-03-01'), 70)).toThrow(/Gestational age/);
    expect(() => ageOn(iso('2026-01-10'), iso('2026-03-01'), 350)).toThrow(/Gestational age/);
    expect(() => ageOn(iso('2026-01-10'), iso('2026-03-01'), Number.NaN)).toThrow(/Gestational age/);
    expect(() => ageOn(iso('2026-01-10'), iso('2026-03-01'), 224.5)).toThrow(/Gestational age/);
    expect(() => ageOn(iso('2026-01-10'), iso('2026-03-01'), gestationDays(20, 0))).not.toThrow();
    expect(() => ageOn(iso('2026-01-10'), iso('2026-03-01'), gestationDays(19, 6))).toThrow(/Gestational age/);
  });
});

describe('ageForRules', () => {
  it('uses chronological days for a term baby', () => {
    expect(ageForRules(ageOn(iso('2026-01-01'), iso('2026-01-22'), 273))).toBe(21);
    expect(ageForRules(ageOn(iso('2026-01-01'), iso('2026-01-22'), null))).toBe(21);
  });

  it('uses corrected days for a premature baby, negative before term', () => {
    expect(ageForRules(ageOn(iso('2026-01-10'), iso('2026-04-25'), 224))).toBe(49);
    expect(ageForRules(ageOn(iso('2026-01-10'), iso('2026-03-01'), 196))).toBe(-34);
  });
});

describe("ageForRules: the age the pages show, in the rule book's days", () => {
  const rules = (born: string, on: string) => ageForRules(ageOn(iso(born), iso(on), null));

  it('counts exact days until 2 months', () => {
    expect(rules('2026-01-01', '2026-01-22')).toBe(21);
    expect(rules('2026-01-01', '2026-02-28')).toBe(58);
  });

  it('reaches the 2-month threshold (61) on the day the page first says "2 months", not before', () => {
    expect(formatAge(ageOn(iso('2026-01-01'), iso('2026-03-01'), null))).toBe('2 months');
    expect(rules('2026-01-01', '2026-03-01')).toBe(61); // 59 days of February-short life
    // Born 31 Jul: 61 days on 30 Sep, still "8 weeks" on the page, so still under 2 months.
    expect(formatAge(ageOn(iso('2026-07-31'), iso('2026-09-30'), null))).toBe('8 weeks');
    expect(rules('2026-07-31', '2026-09-30')).toBe(60);
    expect(rules('2026-07-31', '2026-10-01')).toBe(61);
  });

  it('is 183 (6 months) and 365 (12 months) on the calendar anniversaries', () => {
    expect(rules('2026-01-15', '2026-07-14')).toBe(152 + 29);
    expect(rules('2026-01-15', '2026-07-15')).toBe(183);
    // "11 months 4 weeks" on the page: 30 days past 11 months, kept under the 12-month threshold.
    expect(rules('2028-02-29', '2029-02-28')).toBe(364);
    expect(rules('2028-02-29', '2029-03-01')).toBe(365);
  });
});

describe('ageMonthsForRules', () => {
  it('counts calendar months as formatAge shows them: born 31 Jan, 1 month on 1 Mar', () => {
    expect(ageMonthsForRules(ageOn(iso('2026-01-31'), iso('2026-02-28'), null))).toBe(0);
    expect(ageMonthsForRules(ageOn(iso('2026-01-31'), iso('2026-03-01'), null))).toBe(1);
    expect(ageMonthsForRules(ageOn(iso('2028-02-29'), iso('2029-02-28'), null))).toBe(11);
    expect(ageMonthsForRules(ageOn(iso('2028-02-29'), iso('2029-03-01'), null))).toBe(12);
  });

  it('uses corrected months for a premature baby, negative before term', () => {
    expect(ageMonthsForRules(ageOn(iso('2026-01-10'), iso('2026-04-25'), 224))).toBe(1);
    expect(ageMonthsForRules(ageOn(iso('2026-01-10'), iso('2026-03-01'), 196))).toBe(-1);
  });
});

describe('formatAge', () => {
  it('shows days for the first two weeks', () => {
    expect(formatAge(ageOn(iso('2026-01-01'), iso('2026-01-01'), null))).toBe('0 days');
    expect(formatAge(ageOn(iso('2026-01-01'), iso('2026-01-02'), null))).toBe('1 day');
    expect(formatAge(ageOn(iso('2026-01-01'), iso('2026-01-14'), null))).toBe('13 days');
  });

  it('shows whole weeks until 2 months', () => {
    expect(formatAge(ageOn(iso('2026-01-01'), iso('2026-01-15'), null))).toBe('2 weeks');
    expect(formatAge(ageOn(iso('2026-01-01'), iso('2026-01-08'), null))).toBe('7 days');
    expect(formatAge(ageOn(iso('2026-01-01'), iso('2026-02-19'), null))).toBe('7 weeks');
    expect(formatAge(ageOn(iso('2026-01-01'), iso('2026-02-28'), null))).toBe('8 weeks');
  });

  it('shows months and weeks from 2 months', () => {
    expect(formatAge(ageOn(iso('2026-01-01'), iso('2026-03-01'), null))).toBe('2 months');
    expect(formatAge(ageOn(iso('2026-01-01'), iso('2026-04-15'), null))).toBe('3 months 2 weeks');
    expect(formatAge(ageOn(iso('2026-01-01'), iso('2026-04-08'), null))).toBe('3 months 1 week');
    expect(formatAge(ageOn(iso('2026-01-15'), iso('2027-01-15'), null))).toBe('12 months');
  });

  it('shows years and months from 2 years', () => {
    expect(formatAge(ageOn(iso('2026-01-15'), iso('2028-01-15'), null))).toBe('2 years');
    expect(formatAge(ageOn(iso('2026-01-15'), iso('2028-04-20'), null))).toBe('2 years 3 months');
  });

  it('appends corrected age for a premature baby', () => {
    expect(formatAge(ageOn(iso('2026-01-10'), iso('2026-04-25'), 224))).toBe('3 months 2 weeks (corrected 7 weeks)');
    // Born 2026-01-10 at 32 weeks, due 2026-03-07; on 2026-07-16: 6 months 6 days, corrected 4 months 9 days.
    expect(formatAge(ageOn(iso('2026-01-10'), iso('2026-07-16'), 224))).toBe('6 months (corrected 4 months 1 week)');
    expect(formatAge(ageOn(iso('2026-01-10'), iso('2026-03-07'), 224))).toBe('8 weeks (corrected 0 days)');
  });

  it('says plainly when a premature baby is not yet at term', () => {
    expect(formatAge(ageOn(iso('2026-01-10'), iso('2026-03-01'), 196))).toBe(
      '7 weeks (corrected: not yet term, 4 weeks before due date)',
    );
    expect(formatAge(ageOn(iso('2026-01-10'), iso('2026-03-04'), 224))).toBe(
      '7 weeks (corrected: not yet term, 3 days before due date)',
    );
  });
});
