import {
  addDays,
  addMonths,
  calendarMonthsBetween,
  compareIsoDates,
  dayOfMonth,
  daysBetween,
  parseIsoDate,
  type IsoDate,
} from './calendar-date';

/**
 * An infant's age on a given day. Chronological age counts from birth; corrected age counts from
 * the due date (40 weeks of gestation) and is only set for a premature baby.
 *
 * Months are whole calendar months: a month is complete on the same day-of-month as the birth
 * day, or, when that day does not exist in the month, on the 1st of the following month. So a
 * baby born 2026-01-31 is 0 months on 2026-02-28 and 1 month on 2026-03-01; born 2028-02-29, they
 * turn 12 months on 2029-03-01. That never credits a month before it has fully passed.
 */
export type InfantAge = {
  days: number;
  weeks: number;
  months: number;
  /** Days since the last whole month was completed: shows "3 months 2 weeks" exactly. */
  daysPastWholeMonths: number;
  /** Negative while the baby has not yet reached their due date ("not yet term"). */
  correctedDays: number | null;
  correctedWeeks: number | null;
  correctedMonths: number | null;
  /** Null when not premature, and while not yet term. */
  correctedDaysPastWholeMonths: number | null;
  isPremature: boolean;
};

/** WHO: born before 37 completed weeks of gestation is preterm. */
export const PREMATURE_BEFORE_WEEKS = 37;
/** Corrected age counts from the due date, taken as 40 weeks of gestation. */
export const FULL_TERM_WEEKS = 40;
/** Outside this range a recorded gestational age is a typing error, not a baby. */
const PLAUSIBLE_GESTATION_WEEKS = { min: 20, max: 45 } as const;

/**
 * Gestational age at birth is recorded as weeks and days (32+3 = 32 weeks 3 days) and stored as
 * the total days, so the due date is exact to the day.
 */
export function gestationDays(weeks: number, days: number): number {
  return weeks * 7 + days;
}

/** "32 weeks 3 days", or "32 weeks" on a whole week. */
export function formatGestation(gestationalAgeDays: number): string {
  const weeks = Math.floor(gestationalAgeDays / 7);
  const days = gestationalAgeDays % 7;
  return days === 0 ? plural(weeks, 'week') : `${plural(weeks, 'week')} ${plural(days, 'day')}`;
}

/**
 * The day the `months`-th whole month after `from` completes (see InfantAge): the same
 * day-of-month, or the 1st of the next month when that day does not exist.
 */
function monthAnniversary(from: IsoDate, months: number): IsoDate {
  // addMonths clamps the 31st to the 30th or 28th; a month not yet complete there ends a day later.
  const clamped = addMonths(from, months);
  return dayOfMonth(clamped) < dayOfMonth(from) ? addDays(clamped, 1) : clamped;
}

/**
 * Whole calendar months from `from` to `to`, from ≤ to. Not date-fns' differenceInMonths, which
 * counts 2026-01-31 to 2026-02-28 as a whole month because the 28th ends February.
 */
function wholeMonthsBetween(from: IsoDate, to: IsoDate): number {
  const calendarMonths = calendarMonthsBetween(from, to);
  // Comparing day-of-month alone is exact: when the birth day does not exist in `to`'s month
  // (the 31st in February), every day of that month is smaller, so the month completes only on
  // the 1st of the next one, as InfantAge promises.
  return dayOfMonth(to) < dayOfMonth(from) ? calendarMonths - 1 : calendarMonths;
}

function assertPlausibleGestation(gestationalAgeDays: number): void {
  const { min, max } = PLAUSIBLE_GESTATION_WEEKS;
  if (
    !Number.isInteger(gestationalAgeDays) ||
    gestationalAgeDays < gestationDays(min, 0) ||
    gestationalAgeDays > gestationDays(max, 0)
  ) {
    throw new RangeError(
      `Gestational age at birth must be ${min}-${max} weeks in whole days, got ${gestationalAgeDays} days.`,
    );
  }
}

function wholeWeeksTowardZero(days: number): number {
  const weeks = Math.trunc(days / 7);
  return weeks === 0 ? 0 : weeks; // no -0 in stored values
}

type CorrectedAge = Pick<
  InfantAge,
  'correctedDays' | 'correctedWeeks' | 'correctedMonths' | 'correctedDaysPastWholeMonths'
>;

const NO_CORRECTED_AGE: CorrectedAge = {
  correctedDays: null,
  correctedWeeks: null,
  correctedMonths: null,
  correctedDaysPastWholeMonths: null,
};

function correctedAgeOn(dateOfBirth: IsoDate, on: IsoDate, gestationalAgeDays: number): CorrectedAge {
  const dueDate = addDays(dateOfBirth, gestationDays(FULL_TERM_WEEKS, 0) - gestationalAgeDays);
  const correctedDays = daysBetween(dueDate, on);
  if (correctedDays < 0) {
    const monthsToTerm = wholeMonthsBetween(on, dueDate);
    return {
      correctedDays,
      correctedWeeks: wholeWeeksTowardZero(correctedDays),
      correctedMonths: monthsToTerm === 0 ? 0 : -monthsToTerm,
      correctedDaysPastWholeMonths: null,
    };
  }
  const correctedMonths = wholeMonthsBetween(dueDate, on);
  return {
    correctedDays,
    correctedWeeks: wholeWeeksTowardZero(correctedDays),
    correctedMonths,
    correctedDaysPastWholeMonths: daysBetween(monthAnniversary(dueDate, correctedMonths), on),
  };
}

/** Throws when `on` is before the birth or the gestational age is not plausible (20-45 weeks). */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate, gestationalAgeDays: number | null): InfantAge {
  parseIsoDate(dateOfBirth);
  parseIsoDate(on);
  if (compareIsoDates(on, dateOfBirth) < 0) {
    throw new RangeError(`Cannot give an age on ${on}, before the date of birth ${dateOfBirth}.`);
  }
  if (gestationalAgeDays !== null) assertPlausibleGestation(gestationalAgeDays);

  const days = daysBetween(dateOfBirth, on);
  const months = wholeMonthsBetween(dateOfBirth, on);
  const isPremature = gestationalAgeDays !== null && gestationalAgeDays < gestationDays(PREMATURE_BEFORE_WEEKS, 0);
  return {
    days,
    weeks: Math.floor(days / 7),
    months,
    daysPastWholeMonths: daysBetween(monthAnniversary(dateOfBirth, months), on),
    ...(isPremature ? correctedAgeOn(dateOfBirth, on, gestationalAgeDays) : NO_CORRECTED_AGE),
    isPremature,
  };
}

/** The rule book's month in days: its thresholds are whole months of this length, rounded (2 months = 61 days). */
export const RULE_MONTH_DAYS = 365.25 / 12;
/** From 2 months the pages count whole calendar months (formatAge), and so do the rules. */
const MONTHS_COUNTED_FROM = 2;

function ruleDays(days: number, months: number, daysPastWholeMonths: number): number {
  // Until 2 months the pages count days and weeks: the rules take the exact days, below the
  // 2-month threshold even in a long month (born 31 Jul, 61 days on 30 Sep is still "8 weeks").
  if (months < MONTHS_COUNTED_FROM) return Math.min(days, Math.round(MONTHS_COUNTED_FROM * RULE_MONTH_DAYS) - 1);
  // From 2 months: the whole calendar months the page shows, in the rule book's month length,
  // plus the days since the last one, short of the next month's threshold (a 31-day month is
  // longer than the rule book's). A baby shown as "6 months" is at the 183-day threshold.
  const nextMonthAt = Math.round((months + 1) * RULE_MONTH_DAYS);
  return Math.min(Math.round(months * RULE_MONTH_DAYS) + daysPastWholeMonths, nextMonthAt - 1);
}

/**
 * The age in days that clinical age rules compare against (e.g. "refuse under 3 weeks", "from 6
 * months"), counted as the pages count the age they show (formatAge): exact days until 2 months,
 * then whole calendar months (each the rule book's 30.44 days) plus the days past, so a baby the
 * page shows as "2 months" is never judged "under 2 months". Corrected when premature (domain.md,
 * after 001: premature babies are judged by corrected age); negative for a premature baby not
 * yet at term.
 */
export function ageForRules(age: InfantAge): number {
  if (age.isPremature && age.correctedDays !== null) {
    if (age.correctedDays < 0) return age.correctedDays;
    return ruleDays(age.correctedDays, age.correctedMonths ?? 0, age.correctedDaysPastWholeMonths ?? 0);
  }
  return ruleDays(age.days, age.months, age.daysPastWholeMonths);
}

/**
 * Whole calendar months of the same age, counted as `formatAge` counts them, for the rules given
 * in months (the first year): corrected when premature; negative before term.
 */
export function ageMonthsForRules(age: InfantAge): number {
  return age.isPremature && age.correctedMonths !== null ? age.correctedMonths : age.months;
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/**
 * Days for the first two weeks, whole weeks until 2 months (the early age rules are in weeks:
 * 3 and 6 weeks, 1.5 months), then months and weeks, and years and months from 2 years.
 */
function describeElapsed(days: number, months: number, daysPastWholeMonths: number): string {
  if (days < 14) return plural(days, 'day');
  if (months < 2) return plural(Math.floor(days / 7), 'week');
  if (months < 24) {
    const weeks = Math.floor(daysPastWholeMonths / 7);
    return weeks === 0 ? plural(months, 'month') : `${plural(months, 'month')} ${plural(weeks, 'week')}`;
  }
  const years = Math.floor(months / 12);
  const monthsOver = months % 12;
  return monthsOver === 0 ? plural(years, 'year') : `${plural(years, 'year')} ${plural(monthsOver, 'month')}`;
}

function describeTimeToTerm(daysBeforeDueDate: number): string {
  const amount =
    daysBeforeDueDate < 14 ? plural(daysBeforeDueDate, 'day') : plural(Math.floor(daysBeforeDueDate / 7), 'week');
  return `corrected: not yet term, ${amount} before due date`;
}

/**
 * e.g. "7 weeks", "3 months 2 weeks", "3 months 2 weeks (corrected 7 weeks)",
 * "7 weeks (corrected: not yet term, 4 weeks before due date)".
 */
export function formatAge(age: InfantAge): string {
  const chronological = describeElapsed(age.days, age.months, age.daysPastWholeMonths);
  if (!age.isPremature || age.correctedDays === null) return chronological;
  if (age.correctedDays < 0) return `${chronological} (${describeTimeToTerm(-age.correctedDays)})`;
  const corrected = describeElapsed(age.correctedDays, age.correctedMonths ?? 0, age.correctedDaysPastWholeMonths ?? 0);
  return `${chronological} (corrected ${corrected})`;
}

/**
 * The age every page shows, from the same ageOn the rules use; null for a stored record the age
 * rules cannot read (a birth after `on`, an implausible gestation), so a list still shows the child.
 */
export function formatAgeOn(dateOfBirth: IsoDate, on: IsoDate, gestationalAgeDays: number | null): string | null {
  try {
    return formatAge(ageOn(dateOfBirth, on, gestationalAgeDays));
  } catch {
    return null;
  }
}
