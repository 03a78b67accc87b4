import type { CourseStatus, SessionStatus } from '@/lib/generated/prisma/enums';

type Tone = 'neutral' | 'good' | 'warn' | 'bad' | 'info';

export const COURSE_STATUS_LABELS = {
  ACTIVE: 'Active',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
} as const satisfies Record<CourseStatus, string>;
export const COURSE_STATUS_TONES = {
  ACTIVE: 'info',
  COMPLETED: 'good',
  CANCELLED: 'neutral',
} as const satisfies Record<CourseStatus, Tone>;

export const SESSION_STATUS_LABELS = {
  SCHEDULED: 'Scheduled',
  DONE: 'Done',
  MISSED: 'Missed',
  POSTPONED: 'Postponed',
} as const satisfies Record<SessionStatus, string>;
export const SESSION_STATUS_TONES = {
  SCHEDULED: 'neutral',
  DONE: 'good',
  MISSED: 'bad',
  POSTPONED: 'warn',
} as const satisfies Record<SessionStatus, Tone>;
/** A session that was still to come when its course was cancelled. */
export const CALLED_OFF_LABEL = 'Cancelled';
/** A session whose day has passed with nothing recorded (sessionState). */
export const OVERDUE_LABEL = 'Overdue';
