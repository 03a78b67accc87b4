import { describe, expect, it } from 'vitest';
import { DEFAULT_CLINIC_DEFAULTS } from './clinic-defaults';
import { FIRST_SESSIONS_LIMIT } from './durations';
import { planCourseMinutes, plannedSessionMinutes, SESSION_GROWTH_GUIDANCE } from './planned-minutes';

const D = DEFAULT_CLINIC_DEFAULTS;

describe('plannedSessionMinutes', () => {
  it("gives a child's very first session the first-session minutes (000, 002: up to 5)", () => {
    expect(plannedSessionMinutes(0, 100, 15, D)).toBe(5);
    expect(plannedSessionMinutes(0, 100, 15, D)).toBeLessThanOrEqual(FIRST_SESSIONS_LIMIT.maxMinutes);
  });

  it('adds a minute a session, stopping at the course’s length (15 reached by the 11th session)', () => {
    expect([0, 1, 2, 9, 10, 11, 40].map((index) => plannedSessionMinutes(index, 100, 15, D))).toEqual([
      5, 6, 7, 14, 15, 15, 15,
    ]);
  });

  it("never exceeds the age's longest session on the day: 5 min under 61 days, 15 from 61, 25 from 183", () => {
    expect(plannedSessionMinutes(20, 60, 45, D)).toBe(5);
    expect(plannedSessionMinutes(20, 61, 45, D)).toBe(15);
    expect(plannedSessionMinutes(20, 182, 45, D)).toBe(15);
    expect(plannedSessionMinutes(20, 183, 45, D)).toBe(25);
  });

  it('plans a baby not yet at term (negative corrected age) as a newborn', () => {
    expect(plannedSessionMinutes(3, -10, 15, D)).toBe(5);
  });

  it("follows the clinic's first-session minutes and growth, and a course shorter than the first session", () => {
    const clinic = { ...D, firstSessionMinutes: 10, sessionGrowthMinutes: 3, sessionMaxMinutesUnder2Months: 10 };
    expect([0, 1, 2].map((index) => plannedSessionMinutes(index, 200, 30, clinic))).toEqual([10, 13, 16]);
    expect(plannedSessionMinutes(0, 100, 3, D)).toBe(3);
  });
});

describe('planCourseMinutes', () => {
  it('plans a first course from 5 minutes, growing along the dated sessions', () => {
    expect(
      planCourseMinutes({ sessionsDoneBefore: 0, ageDaysOnSessions: [84, 85, 86, 87], courseMinutes: 15, defaults: D }),
    ).toEqual([5, 6, 7, 8]);
  });

  it('carries a later course on from the sessions already done', () => {
    expect(
      planCourseMinutes({ sessionsDoneBefore: 10, ageDaysOnSessions: [200, 201, 202], courseMinutes: 25, defaults: D }),
    ).toEqual([15, 16, 17]);
  });

  it('lets the plan grow when the child crosses into an older band during the course', () => {
    expect(
      planCourseMinutes({ sessionsDoneBefore: 3, ageDaysOnSessions: [59, 60, 61, 62], courseMinutes: 15, defaults: D }),
    ).toEqual([5, 5, 10, 11]);
  });

  it('cites its sources', () => {
    expect(SESSION_GROWTH_GUIDANCE).toMatchObject({
      firstSessionMaxMinutes: 5,
      afterOneMonthMinutes: 15,
      afterSixMonthsMinutes: 25,
      source: ['000', '001', '002'],
    });
  });
});
