import type { SessionLocation, SessionStatus, Tolerance } from '@/lib/generated/prisma/enums';

/** The words staff and parents see for session values; one place so every page says the same. */
export const TOLERANCE_LABELS = {
  GOOD: 'Good',
  FUSSY: 'Fussy',
  STOPPED_EARLY: 'Stopped early',
} as const satisfies Record<Tolerance, string>;

export const OUTCOME_LABELS = {
  DONE: 'Done',
  MISSED: 'Missed',
  POSTPONED: 'Postponed',
} as const satisfies Record<Exclude<SessionStatus, 'SCHEDULED'>, string>;

/** What can be recorded for a session: the statuses above, plus "not well today" (stored as postponed). */
export const RECORDING_OUTCOME_LABELS = {
  ...OUTCOME_LABELS,
  UNWELL: 'Not well today',
} as const;

export const STATUS_LABELS = {
  SCHEDULED: 'To come',
  ...OUTCOME_LABELS,
} as const satisfies Record<SessionStatus, string>;

export const LOCATION_LABELS = {
  CLINIC: 'Clinic',
  HOME: 'Home',
} as const satisfies Record<SessionLocation, string>;
