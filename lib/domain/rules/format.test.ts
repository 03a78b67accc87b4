import { describe, expect, it } from 'vitest';
import { ageOn, formatAge } from '../age';
import { parseIsoDate as iso } from '../calendar-date';
import { translatorFor } from '@/lib/i18n/translator';
import {
  describeAgeDays as describeAgeReference,
  formatMinutes,
  formatMinutesRange,
  isWholeSeconds,
  joinMinutes,
  splitMinutes,
} from './format';

describe('formatMinutes', () => {
  it('writes minutes and seconds, never decimal minutes', () => {
    expect(formatMinutes(0.25)).toBe('15 s');
    expect(formatMinutes(0.75)).toBe('45 s');
    expect(formatMinutes(1)).toBe('1 min');
    expect(formatMinutes(1.5)).toBe('1 min 30 s');
    expect(formatMinutes(10)).toBe('10 min');
    expect(formatMinutes(25)).toBe('25 min');
  });

  it('rounds to the nearest second, carrying into the minutes', () => {
    expect(formatMinutes(20 / 60)).toBe('20 s');
    expect(formatMinutes(59.6 / 60)).toBe('1 min');
    expect(formatMinutes(0)).toBe('0 s');
  });
});

describe('formatMinutesRange', () => {
  it('says the unit once for whole minutes, and each time otherwise', () => {
    expect(formatMinutesRange(5, 10)).toBe('5–10 min');
    expect(formatMinutesRange(0.5, 1)).toBe('30 s–1 min');
    expect(formatMinutesRange(1, 1.5)).toBe('1 min–1 min 30 s');
    expect(formatMinutesRange(5, 5)).toBe('5 min');
  });
});

describe('splitMinutes and joinMinutes', () => {
  it('go between minutes and whole minutes plus seconds', () => {
    expect(splitMinutes(1.5)).toEqual({ minutes: 1, seconds: 30 });
    expect(splitMinutes(0.25)).toEqual({ minutes: 0, seconds: 15 });
    expect(splitMinutes(10)).toEqual({ minutes: 10, seconds: 0 });
    expect(joinMinutes(1, 30)).toBe(1.5);
    expect(joinMinutes(0, 15)).toBe(0.25);
    expect(splitMinutes(joinMinutes(2, 20))).toEqual({ minutes: 2, seconds: 20 });
  });

  it('tells a whole number of seconds from a hand-typed decimal', () => {
    expect(isWholeSeconds(joinMinutes(0, 20))).toBe(true);
    expect(isWholeSeconds(1.25)).toBe(true);
    expect(isWholeSeconds(1.1)).toBe(true);
    expect(isWholeSeconds(1.01)).toBe(false);
  });
});

const describeAgeDays = (days: number) => translatorFor('en')(describeAgeReference(days));

describe('describeAgeDays', () => {
  it('says the age in Russian with its plural forms', () => {
    const inRussian = translatorFor('ru');
    expect(inRussian(describeAgeReference(22))).toBe('22 дня (3 недели)');
    expect(inRussian(describeAgeReference(70))).toBe('70 дней (около 2 месяцев)');
  });

  it('counts days, then whole weeks as the pages do (never rounded up)', () => {
    expect(describeAgeDays(1)).toBe('1 day');
    expect(describeAgeDays(13)).toBe('13 days');
    expect(describeAgeDays(14)).toBe('14 days (2 weeks)');
    expect(describeAgeDays(20)).toBe('20 days (2 weeks)');
    expect(describeAgeDays(60)).toBe('60 days (8 weeks)');
  });

  it('agrees in weeks with the age the pages show', () => {
    // Born 1 Jan: 20 days old on 21 Jan is "2 weeks" on the page too.
    expect(formatAge(ageOn(iso('2026-01-01'), iso('2026-01-21'), null))).toBe('2 weeks');
  });

  it("counts months as the rule book's thresholds do: 61, 152, 183 and 365 days", () => {
    expect(describeAgeDays(61)).toBe('61 days (about 2 months)');
    expect(describeAgeDays(151)).toBe('151 days (about 4 months)');
    expect(describeAgeDays(152)).toBe('152 days (about 5 months)');
    expect(describeAgeDays(182)).toBe('182 days (about 5 months)');
    expect(describeAgeDays(183)).toBe('183 days (about 6 months)');
    expect(describeAgeDays(364)).toBe('364 days (about 11 months)');
    expect(describeAgeDays(365)).toBe('365 days (about 12 months)');
  });

  it('says when a premature baby is not yet at term', () => {
    expect(describeAgeDays(-1)).toBe('not yet at term, 1 day before the due date');
    expect(describeAgeDays(-34)).toBe('not yet at term, 34 days before the due date');
  });
});
