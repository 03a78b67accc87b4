import type { IsoDate } from './calendar-date';
import type { CourseStatus } from './course-changes';
import { nextCourseDueDate } from './schedule';

/** What decides when a course's successor may start. */
export type CourseDueFacts = {
  status: CourseStatus;
  /** The last session held (DONE); null when none was. */
  lastDoneOn: IsoDate | null;
  /** Set at prescription by `nextCourseBreakDays` (the first-year every-3rd-month rule lives there). */
  breakAfterDays: number;
};

/** After a completed course: the first day the next one may start (the last session done plus the break). */
export function courseNextDueOn(course: CourseDueFacts): IsoDate | null {
  if (course.status !== 'COMPLETED' || course.lastDoneOn === null) return null;
  return nextCourseDueDate(course.lastDoneOn, course.breakAfterDays);
}

/**
 * When a child is due for their next course, from their courses newest first (by start date, then
 * prescription): only while the latest one is completed and none runs. A cancelled latest course
 * means the doctor stopped treatment, so an older course sends no reminder.
 */
export function childNextCourseDueOn(coursesNewestFirst: readonly CourseDueFacts[]): IsoDate | null {
  if (coursesNewestFirst.some((course) => course.status === 'ACTIVE')) return null;
  const latest = coursesNewestFirst[0];
  return latest ? courseNextDueOn(latest) : null;
}
