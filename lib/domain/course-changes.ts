export type CourseStatus = 'ACTIVE' | 'COMPLETED' | 'CANCELLED';
export type SessionLocation = 'CLINIC' | 'HOME';

/** What may be done to a prescribed course after the fact (reinstating also needs no newer course: reinstateRefusal). */
export type CourseChange = 'CANCEL' | 'REASSIGN' | 'REINSTATE';

/** For each change, null when it is allowed, or why not, in words for the user. */
export type CourseChanges = Record<CourseChange, string | null>;

const HOME_COURSE = 'This is a home course: the family does its sessions, so it has no therapist.';

/**
 * Which changes a course allows in its status. The course page asks it which forms to show, and
 * the use cases ask it again under the course lock before they write.
 */
export function courseChanges(course: { status: CourseStatus; location: SessionLocation }): CourseChanges {
  switch (course.status) {
    case 'ACTIVE':
      return {
        CANCEL: null,
        // Only a running clinic course has sessions for a therapist to record.
        REASSIGN: course.location === 'CLINIC' ? null : HOME_COURSE,
        REINSTATE: 'This course is running: there is nothing to reinstate.',
      };
    case 'COMPLETED':
      return {
        CANCEL: 'This course is completed: a completed course cannot be cancelled.',
        REASSIGN: 'This course is completed: there are no sessions left to hand over.',
        REINSTATE: 'This course is completed: only a cancelled course can be reinstated.',
      };
    case 'CANCELLED':
      return {
        CANCEL: 'This course was already cancelled.',
        REASSIGN: 'This course was cancelled: there are no sessions left to hand over.',
        REINSTATE: null,
      };
    default: {
      const unknown: never = course.status;
      throw new Error(`Unknown course status ${String(unknown)}`);
    }
  }
}
