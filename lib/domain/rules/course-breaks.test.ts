import { describe, expect, it } from 'vitest';
import { addDays, parseIsoDate as iso } from '../calendar-date';
import { DEFAULT_CLINIC_DEFAULTS } from './clinic-defaults';
import { nextCourseBreakDays, SHORTEST_BREAK_DAYS } from './course-breaks';

describe('the break before the next course', () => {
  it('in the first year, makes the next course due 3 calendar months after this one started (002)', () => {
    const course = { startDate: iso('2026-11-23'), lastSessionDate: iso('2026-12-02'), ageMonthsAtStart: 2 };
    // Due 2027-02-23: 83 days after the last session.
    expect(nextCourseBreakDays(course, DEFAULT_CLINIC_DEFAULTS)).toBe(83);
    // 11 whole months is still the first year; whatever the indication.
    expect(nextCourseBreakDays({ ...course, ageMonthsAtStart: 11 }, DEFAULT_CLINIC_DEFAULTS)).toBe(83);
    // Month ends clamp: from 30 Nov, 3 months is 28 Feb.
    expect(
      nextCourseBreakDays(
        { startDate: iso('2026-11-30'), lastSessionDate: iso('2026-12-09'), ageMonthsAtStart: 4 },
        DEFAULT_CLINIC_DEFAULTS,
      ),
    ).toBe(81);
  });

  it('fits four courses in the first year: starts 3 months apart from 1 month of age', () => {
    const starts = [iso('2026-02-01')];
    for (let course = 1; course < 4; course += 1) {
      const start = starts.at(-1)!;
      const last = addDays(start, 9);
      starts.push(
        addDays(
          last,
          nextCourseBreakDays(
            { startDate: start, lastSessionDate: last, ageMonthsAtStart: 1 },
            DEFAULT_CLINIC_DEFAULTS,
          ),
        ),
      );
    }
    expect(starts).toEqual(['2026-02-01', '2026-05-01', '2026-08-01', '2026-11-01']);
  });

  it('after the first birthday, or for a course that runs past the 3 months, uses the break', () => {
    const course = { startDate: iso('2026-11-23'), lastSessionDate: iso('2026-12-02'), ageMonthsAtStart: 12 };
    expect(nextCourseBreakDays(course, DEFAULT_CLINIC_DEFAULTS)).toBe(60);
    // A long course ending after the 3 months still leaves the shortest break.
    expect(
      nextCourseBreakDays(
        { ...course, ageMonthsAtStart: 3, lastSessionDate: iso('2027-02-20') },
        DEFAULT_CLINIC_DEFAULTS,
      ),
    ).toBe(SHORTEST_BREAK_DAYS);
  });

  it("uses the clinic's settings", () => {
    const clinic = { ...DEFAULT_CLINIC_DEFAULTS, breakBetweenCoursesDays: 21, firstYearCourseEveryMonths: 2 };
    const course = { startDate: iso('2026-11-23'), lastSessionDate: iso('2026-12-02'), ageMonthsAtStart: 6 };
    expect(nextCourseBreakDays(course, clinic)).toBe(52);
    expect(nextCourseBreakDays({ ...course, ageMonthsAtStart: 13 }, clinic)).toBe(21);
  });
});
