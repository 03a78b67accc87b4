import { translatable } from '@/lib/i18n/translatable';
import type { IsoDate } from './calendar-date';
import type { CourseStatus } from './course-changes';
import { courseProgress, type SessionStatus } from './course-progress';
import { rescheduleFrom, type ScheduleRules } from './schedule';
import type { RecordedFields } from './session-outcomes';

/** The statuses a recorded session may be corrected to: "not well today" is only ever reported on the day. */
export type CorrectedStatus = RecordedFields['status'];

/** What the decision needs to know about the session someone wants to correct. */
export type CorrectionFacts = { status: SessionStatus; scheduledOn: IsoDate; today: IsoDate };

const NOT_RECORDED = translatable('errors.refusal.correction.notRecorded');
const NOT_YET = translatable('errors.refusal.correction.notYet');

/**
 * Why a session cannot be corrected to `status`, or null when it can. A correction changes what
 * was recorded, so the session must have been recorded; done or missed only happen on or before
 * the session's day, as when recording (sessionOutcomes). The page offers what this allows and
 * correctSession asks again under the course lock. The reason is a catalog reference, translated where shown.
 */
export function correctionRefusal(facts: CorrectionFacts, status: CorrectedStatus): string | null {
  if (facts.status === 'SCHEDULED') return NOT_RECORDED;
  if (status !== 'POSTPONED' && facts.scheduledOn > facts.today) return NOT_YET;
  return null;
}

/**
 * How a correction changes the number of sessions a course still needs: a session that stops
 * counting as done needs a make-up, one that starts counting as done no longer needs its make-up.
 * The correction form says it before saving; applySessionCorrection does it.
 */
export type CountChange = 'ADD_MAKE_UP' | 'REMOVE_ONE' | 'NONE';

export function countChange(from: SessionStatus, to: CorrectedStatus): CountChange {
  const wasDone = from === 'DONE';
  const isDone = to === 'DONE';
  if (wasDone === isDone) return 'NONE';
  return isDone ? 'REMOVE_ONE' : 'ADD_MAKE_UP';
}

/** A course as correcting one of its sessions needs it. */
export type CourseUnderCorrection = {
  status: CourseStatus;
  rules: ScheduleRules;
  sessionCount: number;
  /** Every session, in date order. */
  sessions: readonly { id: string; scheduledOn: IsoDate; status: SessionStatus; plannedMinutes: number }[];
};

export type CorrectionEffect = {
  /** A session added at the end because a session counted as done no longer is. */
  makeUp: { scheduledOn: IsoDate; plannedMinutes: number } | null;
  /** The last session still to come, removed because a session now counts as done. */
  removedId: string | null;
  /** The course's status after the correction: completion follows the count of done sessions. */
  courseStatus: CourseStatus;
};

/**
 * What correcting a recorded session from one status to another does to its course, so the course
 * keeps its count of sessions (a missed or postponed session is made up at the end, as when
 * recording: applySessionOutcome).
 * - Done -> missed/postponed: one more session is needed, added after the last one (never before
 *   today: a completed course reopens from today) with the last session's planned minutes.
 * - Missed/postponed -> done: its make-up is no longer needed, so the last session still to come
 *   goes (none may be left when the make-up was already done: the child simply had one more).
 * - Between missed and postponed, or within one status: the schedule stays as it is.
 * A cancelled course keeps its schedule (its sessions to come are called off); reinstating it
 * plans what is then left. Completion is undone and redone with the count of done sessions.
 */
export function applySessionCorrection(
  course: CourseUnderCorrection,
  sessionId: string,
  status: CorrectedStatus,
  today: IsoDate,
): CorrectionEffect {
  const corrected = course.sessions.find((session) => session.id === sessionId);
  if (!corrected) throw new Error(`Session ${sessionId} is not part of this course`);
  const statuses = course.sessions.map((session) => (session.id === sessionId ? status : session.status));
  const { isComplete } = courseProgress(statuses, course.sessionCount);
  const courseStatus: CourseStatus = course.status === 'CANCELLED' ? 'CANCELLED' : isComplete ? 'COMPLETED' : 'ACTIVE';
  const change = countChange(corrected.status, status);
  if (course.status === 'CANCELLED' || change === 'NONE') return { makeUp: null, removedId: null, courseStatus };

  if (change === 'REMOVE_ONE') {
    const lastToCome = course.sessions.filter((session) => session.status === 'SCHEDULED').at(-1);
    return { makeUp: null, removedId: lastToCome?.id ?? null, courseStatus };
  }
  const dates = course.sessions.map((session) => session.scheduledOn);
  const last = course.sessions.at(-1);
  if (!last) throw new Error('A course with a recorded session has sessions');
  const [scheduledOn] = rescheduleFrom(course.rules, dates, today, 1);
  return {
    makeUp: { scheduledOn: scheduledOn as IsoDate, plannedMinutes: last.plannedMinutes },
    removedId: null,
    courseStatus,
  };
}
