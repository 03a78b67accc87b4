import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLINIC_DEFAULT_FIELDS, DEFAULT_CLINIC_DEFAULTS, validateClinicDefaults } from './clinic-defaults';
import { FIRST_SESSIONS_LIMIT } from './durations';
import { planCourseMinutes } from './planned-minutes';

const field = (name: keyof typeof CLINIC_DEFAULT_FIELDS) =>
  fc.integer({ min: CLINIC_DEFAULT_FIELDS[name].min, max: CLINIC_DEFAULT_FIELDS[name].max });

const constants = Object.fromEntries(
  Object.entries(DEFAULT_CLINIC_DEFAULTS).map(([name, value]) => [name, fc.constant(value)]),
) as { [name in keyof typeof DEFAULT_CLINIC_DEFAULTS]: fc.Arbitrary<number> };

const validDefaults = fc
  .record({
    ...constants,
    sessionMaxMinutesUnder2Months: field('sessionMaxMinutesUnder2Months'),
    sessionMaxMinutes2To6Months: field('sessionMaxMinutes2To6Months'),
    sessionMaxMinutesFrom6Months: field('sessionMaxMinutesFrom6Months'),
    firstSessionMinutes: field('firstSessionMinutes'),
    sessionGrowthMinutes: field('sessionGrowthMinutes'),
  })
  .filter((values) => validateClinicDefaults(values).ok);

/** A first course: any ages (in date order), any course length, any number of sessions. */
const firstCourse = fc.record({
  startAge: fc.integer({ min: -60, max: 730 }),
  gaps: fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 0, maxLength: 29 }),
  courseMinutes: fc.integer({ min: 1, max: 45 }),
});

describe('planCourseMinutes (properties)', () => {
  it('never plans a child’s first session above the first-session cap (5 min with the guide’s defaults)', () => {
    fc.assert(
      fc.property(firstCourse, ({ startAge, gaps, courseMinutes }) => {
        const ages = [startAge, ...gaps.map((_, index) => startAge + gaps.slice(0, index + 1).reduce((a, b) => a + b))];
        const [first] = planCourseMinutes({
          sessionsDoneBefore: 0,
          ageDaysOnSessions: ages,
          courseMinutes,
          defaults: DEFAULT_CLINIC_DEFAULTS,
        });
        expect(first).toBeLessThanOrEqual(FIRST_SESSIONS_LIMIT.maxMinutes);
      }),
      { numRuns: 500 },
    );
  });

  it("under any valid settings: the first session within the clinic's cap, every plan within the limits, never shrinking", () => {
    fc.assert(
      fc.property(firstCourse, validDefaults, ({ startAge, gaps, courseMinutes }, defaults) => {
        const ages = [startAge, ...gaps.map((_, index) => startAge + gaps.slice(0, index + 1).reduce((a, b) => a + b))];
        const plan = planCourseMinutes({ sessionsDoneBefore: 0, ageDaysOnSessions: ages, courseMinutes, defaults });
        expect(plan).toHaveLength(ages.length);
        expect(plan[0]).toBeLessThanOrEqual(defaults.firstSessionMinutes);
        plan.forEach((minutes, index) => {
          expect(Number.isInteger(minutes)).toBe(true);
          expect(minutes).toBeGreaterThanOrEqual(1);
          expect(minutes).toBeLessThanOrEqual(Math.min(courseMinutes, 45));
          if (index > 0) expect(minutes).toBeGreaterThanOrEqual(plan[index - 1] ?? 0);
        });
      }),
      { numRuns: 500 },
    );
  });
});
