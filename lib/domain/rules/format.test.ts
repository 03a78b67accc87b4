import { describe, expect, it } from 'vitest';
import { ageOn, formatAge } from '../age';
import { parseIsoDate as iso } from '../calendar-date';
import { describeAgeDays } from './format';

describe('describeAgeDays', () => {
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
