import type { IsoDate } from './calendar-date';
import type { CourseStatus } from './course-changes';
import type { SessionStatus } from './course-progress';

/**
 * How a session stands for everyone who sees it: what was recorded, or, while nothing was, whether
 * it is still to come, overdue (its day has passed and nobody recorded it) or called off (its
 * course was cancelled: it will never take place, and is not missed, which would ask for a make-up).
 */
export type SessionState = Exclude<SessionStatus, 'SCHEDULED'> | 'SCHEDULED' | 'OVERDUE' | 'CALLED_OFF';

export function sessionState(
  session: { status: SessionStatus; scheduledOn: IsoDate },
  courseStatus: CourseStatus,
  today: IsoDate,
): SessionState {
  if (session.status !== 'SCHEDULED') return session.status;
  if (courseStatus === 'CANCELLED') return 'CALLED_OFF';
  // A completed course has no session left unrecorded; an active one's past session is waiting.
  return session.scheduledOn < today ? 'OVERDUE' : 'SCHEDULED';
}

export function isOverdue(
  session: { status: SessionStatus; scheduledOn: IsoDate },
  courseStatus: CourseStatus,
  today: IsoDate,
): boolean {
  return sessionState(session, courseStatus, today) === 'OVERDUE';
}
