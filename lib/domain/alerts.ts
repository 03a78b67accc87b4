import type { CourseStatus } from './course-changes';
import type { SessionOutcome } from './session-outcomes';

/**
 * The "needs attention" list: what happened that the doctor and the therapist should act on
 * (issue 10: when a parent reports fever, nobody at the clinic was told).
 *
 * Event alerts are stored when their event is recorded and stay until someone marks them done.
 * Standing alerts (overdue sessions, children due for a course) are the state of the record
 * itself: they are counted when the list is read and go away when the state is resolved (the
 * session recorded, the next course prescribed), so they have no "Mark done".
 */
export type EventAlertKind = 'UNWELL_REPORTED' | 'CONTRAINDICATION_AT_SESSION' | 'COURSE_COMPLETED';

/** What recording a session tells the alert rule. */
export type RecordedSessionEvent = {
  outcome: SessionOutcome['outcome'];
  /** A home session is recorded by the family, a clinic one by the therapist. */
  location: 'CLINIC' | 'HOME';
  isCourseComplete: boolean;
};

/**
 * The alerts one recorded session raises. "Not well today" ticks the rule book's temporary
 * contraindications (fever, infection…: domain.md, "temporary contraindications", sources 000,
 * 001, 002), and the course is shifted without a doctor seeing it: from home it is the family's
 * report, at the clinic a contraindication the therapist found. The course's last session done
 * means its report is ready for the doctor.
 */
export function alertsForRecordedSession(event: RecordedSessionEvent): EventAlertKind[] {
  const kinds: EventAlertKind[] = [];
  if (event.outcome === 'UNWELL')
    kinds.push(event.location === 'HOME' ? 'UNWELL_REPORTED' : 'CONTRAINDICATION_AT_SESSION');
  if (event.isCourseComplete) kinds.push('COURSE_COMPLETED');
  return kinds;
}

/**
 * The alert a correction raises: one that completes the course (a session put right as done)
 * makes its report ready, as recording that session would have.
 */
export function alertsForCourseStatusChange(before: CourseStatus, after: CourseStatus): EventAlertKind[] {
  return after === 'COMPLETED' && before !== 'COMPLETED' ? ['COURSE_COMPLETED'] : [];
}
