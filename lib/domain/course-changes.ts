import { translatable } from '@/lib/i18n/translatable';

export type CourseStatus = 'ACTIVE' | 'COMPLETED' | 'CANCELLED';
export type SessionLocation = 'CLINIC' | 'HOME';

/** What may be done to a prescribed course after the fact (reinstating also needs no newer course: reinstateRefusal). */
export type CourseChange = 'CANCEL' | 'REASSIGN' | 'REINSTATE';

/** For each change, null when it is allowed, or why not: a catalog reference (lib/i18n/translatable.ts). */
export type CourseChanges = Record<CourseChange, string | null>;

const HOME_COURSE = translatable('errors.refusal.course.homeCourse');

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
        REINSTATE: translatable('errors.refusal.course.runningNothingToReinstate'),
      };
    case 'COMPLETED':
      return {
        CANCEL: translatable('errors.refusal.course.completedNotCancellable'),
        REASSIGN: translatable('errors.refusal.course.completedNothingToHandOver'),
        REINSTATE: translatable('errors.refusal.course.completedNotReinstatable'),
      };
    case 'CANCELLED':
      return {
        CANCEL: translatable('errors.refusal.course.alreadyCancelled'),
        REASSIGN: translatable('errors.refusal.course.cancelledNothingToHandOver'),
        REINSTATE: null,
      };
    default: {
      const unknown: never = course.status;
      throw new Error(`Unknown course status ${String(unknown)}`);
    }
  }
}
