import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, parseIsoDate } from './calendar-date';
import { ageForRules, ageMonthsForRules, ageOn } from './age';

const birth = fc.integer({ min: 0, max: 3 * 365 }).map((offset) => addDays(parseIsoDate('2026-01-01'), offset));
const gestation = fc.option(fc.integer({ min: 22 * 7, max: 42 * 7 }), { nil: null });

/** The rule book's month thresholds (2, 3, 4, 5, 6, 8 and 12 months). */
const THRESHOLDS: readonly [months: number, days: number][] = [
  [2, 61],
  [3, 91],
  [4, 122],
  [5, 152],
  [6, 183],
  [8, 244],
  [12, 365],
];

describe('ageForRules (properties)', () => {
  it('crosses a month threshold exactly when the whole months shown on the page do', () => {
    fc.assert(
      fc.property(birth, fc.integer({ min: 0, max: 800 }), gestation, (born, daysOld, gestationalAgeDays) => {
        const age = ageOn(born, addDays(born, daysOld), gestationalAgeDays);
        const ruleDays = ageForRules(age);
        const months = ageMonthsForRules(age);
        for (const [thresholdMonths, thresholdDays] of THRESHOLDS) {
          expect(ruleDays >= thresholdDays, `${thresholdMonths} months`).toBe(months >= thresholdMonths);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never goes down from one day to the next', () => {
    fc.assert(
      fc.property(birth, fc.integer({ min: 0, max: 800 }), gestation, (born, daysOld, gestationalAgeDays) => {
        const today = ageForRules(ageOn(born, addDays(born, daysOld), gestationalAgeDays));
        const tomorrow = ageForRules(ageOn(born, addDays(born, daysOld + 1), gestationalAgeDays));
        expect(tomorrow).toBeGreaterThanOrEqual(today);
      }),
      { numRuns: 2000 },
    );
  });
});
