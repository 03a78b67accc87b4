import { translatable } from '@/lib/i18n/translatable';
import type { IsoDate } from './calendar-date';
import { courseChanges, type CourseStatus, type SessionLocation } from './course-changes';
import { courseProgress, type SessionStatus } from './course-progress';
import { rescheduleFrom, type ScheduleRules } from './schedule';

const NEWER_COURSE = translatable('errors.refusal.course.newerCourse');

/**
 * Why a course cannot be reinstated, or null when it can: only a cancelled course (courseChanges),
 * and only while it is the child's latest, since two running courses would overlap and the newer
 * one already replaced it. The course page asks it what to show; reinstateCourse asks again under
 * the course lock.
 */
export function reinstateRefusal(
  course: { status: CourseStatus; location: SessionLocation },
  hasNewerCourse: boolean,
): string | null {
  return courseChanges(course).REINSTATE ?? (hasNewerCourse ? NEWER_COURSE : null);
}

export type CourseToReinstate = {
  rules: ScheduleRules;
  sessionCount: number;
  /** Every session, in date order. */
  sessions: readonly { id: string; scheduledOn: IsoDate; status: SessionStatus; plannedMinutes: number }[];
};

export type Reinstatement = {
  /** Sessions still to come (called off by the cancellation) that move to a new date. */
  moved: { id: string; scheduledOn: IsoDate }[];
  /** Called-off sessions no longer needed (the count is already reached with fewer). */
  removedIds: string[];
  /** Sessions added so the course keeps its count, with the last session's planned minutes. */
  added: { scheduledOn: IsoDate; plannedMinutes: number }[];
};

/**
 * What reinstating a cancelled course does to its schedule: the sessions it still needs (its count
 * less those done) are planned again from `from` (the day it is reinstated), after the done ones
 * and keeping the course's rhythm and rest breaks. The called-off sessions take those dates in
 * order, so they keep their planned minutes; any missing are added at the end.
 */
export function planReinstatement(course: CourseToReinstate, from: IsoDate): Reinstatement {
  const statuses = course.sessions.map((session) => session.status);
  const { remaining } = courseProgress(statuses, course.sessionCount);
  const calledOff = course.sessions.filter((session) => session.status === 'SCHEDULED');
  if (remaining === 0) return { moved: [], removedIds: calledOff.map((session) => session.id), added: [] };
  const doneDates = course.sessions
    .filter((session) => session.status === 'DONE')
    .map((session) => session.scheduledOn);
  const dates = rescheduleFrom(course.rules, doneDates, from, remaining);
  const lastPlan = course.sessions.at(-1)?.plannedMinutes;
  if (lastPlan === undefined) throw new Error('A course has sessions');
  return {
    moved: calledOff
      .slice(0, remaining)
      .map((session, index) => ({ id: session.id, scheduledOn: dates[index] as IsoDate })),
    removedIds: calledOff.slice(remaining).map((session) => session.id),
    added: dates.slice(calledOff.length).map((scheduledOn) => ({ scheduledOn, plannedMinutes: lastPlan })),
  };
}
