import type { ClinicDefaults } from './clinic-defaults';
import type { CitedFigure } from './sources';
import { FIRST_SESSIONS_LIMIT, SESSION_MIN_MINUTES, sessionMinutesRange } from './durations';

/**
 * How long each session of a course is planned to last. A child's massage starts short and grows
 * session by session: the first session lasts the clinic's first-session minutes (000, 002: up to
 * 5 min; 001: 5–10 min in the first month), and every later one adds the clinic's growth (002:
 * 15 min a month after the start of massage, 25 min after 6 months — counted from the start of
 * massage, not from birth), until it reaches the course's session length or the longest session
 * at the child's age on that day. A later course carries on from the sessions the child has
 * already had instead of starting from 5 minutes again.
 */
export type CoursePlanInput = {
  /** Sessions of earlier courses recorded as done before this course. */
  sessionsDoneBefore: number;
  /** The age the rules use (corrected when premature) on each session's date, in date order. */
  ageDaysOnSessions: readonly number[];
  /** The course's session length, as prescribed: the plan grows up to it. */
  courseMinutes: number;
  defaults: ClinicDefaults;
};

/**
 * One session's plan. `historyIndex` counts the child's sessions before this one (0 = the very
 * first massage), so the first session never exceeds the first-session minutes.
 */
export function plannedSessionMinutes(
  historyIndex: number,
  ageDays: number,
  courseMinutes: number,
  defaults: ClinicDefaults,
): number {
  const grown = defaults.firstSessionMinutes + defaults.sessionGrowthMinutes * Math.max(0, historyIndex);
  // A baby not yet at term is planned as a newborn: the youngest band.
  const ageMax = sessionMinutesRange(Math.max(0, ageDays), defaults).max;
  return Math.max(SESSION_MIN_MINUTES, Math.min(grown, ageMax, courseMinutes));
}

/** Every session's plan for a new course, assuming each earlier session is done. */
export function planCourseMinutes(input: CoursePlanInput): number[] {
  return input.ageDaysOnSessions.map((ageDays, index) =>
    plannedSessionMinutes(input.sessionsDoneBefore + index, ageDays, input.courseMinutes, input.defaults),
  );
}

/** The figures the guidelines page shows beside the clinic's settings. */
export const SESSION_GROWTH_GUIDANCE = {
  firstSessionMaxMinutes: FIRST_SESSIONS_LIMIT.maxMinutes,
  afterOneMonthMinutes: 15,
  afterSixMonthsMinutes: 25,
  note: '002’s “15 min a month after the start, 25 min after 6 months” counts from the start of massage, not from birth.',
  source: ['000', '001', '002'],
} as const satisfies CitedFigure;
