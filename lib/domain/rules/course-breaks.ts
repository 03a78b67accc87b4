import { addMonths, daysBetween, type IsoDate } from '../calendar-date';
import type { ClinicDefaults } from './clinic-defaults';

// Apart from the session lengths (durations.ts), which the guided session reads in the browser:
// this rule needs the calendar arithmetic, and they do not (issue 11).

/** First year = before the first birthday, in calendar months (corrected age for a premature baby). */
export const FIRST_YEAR_END_AGE_MONTHS = 12;

/** The shortest break the prescribe form accepts; a first-year course that runs long still gets a week. */
export const SHORTEST_BREAK_DAYS = 7;

export type FinishedCourseDates = {
  startDate: IsoDate;
  lastSessionDate: IsoDate;
  /** Whole calendar months of age (corrected when premature) on the start date, as shown on the page. */
  ageMonthsAtStart: number;
};

/**
 * Days between a course's last session and the start of the next. In the first year courses are
 * due every 3rd month counted from the start of the previous course (002: 4 courses in the
 * first year), so the break is what is left of that interval after the last session; otherwise
 * the clinic's break, about 2 months by default (001).
 */
export function nextCourseBreakDays(course: FinishedCourseDates, defaults: ClinicDefaults): number {
  if (course.ageMonthsAtStart >= FIRST_YEAR_END_AGE_MONTHS) return defaults.breakBetweenCoursesDays;
  const due = addMonths(course.startDate, defaults.firstYearCourseEveryMonths);
  return Math.max(SHORTEST_BREAK_DAYS, daysBetween(course.lastSessionDate, due));
}
