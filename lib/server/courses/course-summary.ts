import 'server-only';
import { clinicTimeZone } from '@/lib/clinic-time';
import { todayIn, toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { courseProgress, type CourseProgress } from '@/lib/domain/course-progress';
import { courseNextDueOn } from '@/lib/domain/next-course-due';
import type {
  CourseStatus,
  IndicationKind,
  Prisma,
  SessionLocation,
  SessionStatus,
} from '@/lib/generated/prisma/client';

/** Who stopped a course early, on which day (the clinic's), and why. */
export type CourseCancellation = {
  /** null, like the name, only for a course cancelled before these were recorded, or by a deleted account. */
  cancelledOn: IsoDate | null;
  cancelledByName: string | null;
  reason: string;
};

/** What every list of courses shows; built from `COURSE_SUMMARY_INCLUDE`. */
export type CourseSummary = {
  id: string;
  status: CourseStatus;
  kind: IndicationKind;
  diagnosis: string;
  location: SessionLocation;
  startDate: IsoDate;
  /** The last session that was held or is still to come; null when there is none. */
  lastSessionDate: IsoDate | null;
  progress: CourseProgress;
  therapistName: string | null;
  /** After a completed course: the first day the next one may start. */
  nextCourseDueOn: IsoDate | null;
  /** Set for a cancelled course only. */
  cancellation: CourseCancellation | null;
};

/**
 * A child's courses newest first, the order currentCourseOf (lib/domain/current-course.ts) reads
 * them in; the id keeps two courses of one start date in one order across pages.
 */
export const COURSES_NEWEST_FIRST = [
  { startDate: 'desc' },
  { id: 'desc' },
] satisfies Prisma.CourseOrderByWithRelationInput[];

export const COURSE_SUMMARY_INCLUDE = {
  indication: { select: { kind: true, diagnosis: true } },
  therapist: { select: { name: true } },
  cancelledBy: { select: { name: true } },
  sessions: { select: { status: true, scheduledOn: true }, orderBy: { scheduledOn: 'asc' } },
} as const satisfies Prisma.CourseInclude;

type CourseWithSummary = Prisma.CourseGetPayload<{ include: typeof COURSE_SUMMARY_INCLUDE }>;

/**
 * A session still scheduled when its course was cancelled will never take place. It keeps its
 * SCHEDULED status (nothing was recorded for it, and calling it missed would be untrue and ask
 * for a make-up); the course's status is what calls it off, here and in every to-do list.
 */
export function isCalledOff(sessionStatus: SessionStatus, courseStatus: CourseStatus): boolean {
  return sessionStatus === 'SCHEDULED' && courseStatus === 'CANCELLED';
}

export function toCourseSummary(course: CourseWithSummary): CourseSummary {
  const lastSession = course.sessions.filter((session) => !isCalledOff(session.status, course.status)).at(-1);
  const lastDone = course.sessions.filter((session) => session.status === 'DONE').at(-1);
  return {
    id: course.id,
    status: course.status,
    kind: course.indication.kind,
    diagnosis: course.indication.diagnosis,
    location: course.location,
    startDate: toIsoDate(course.startDate),
    lastSessionDate: lastSession ? toIsoDate(lastSession.scheduledOn) : null,
    progress: courseProgress(
      course.sessions.map((session) => session.status),
      course.sessionCount,
    ),
    therapistName: course.therapist?.name ?? null,
    nextCourseDueOn: courseNextDueOn({
      status: course.status,
      lastDoneOn: lastDone ? toIsoDate(lastDone.scheduledOn) : null,
      breakAfterDays: course.breakAfterDays,
    }),
    cancellation:
      course.status === 'CANCELLED'
        ? {
            cancelledOn: course.cancelledAt ? todayIn(clinicTimeZone(), course.cancelledAt) : null,
            cancelledByName: course.cancelledBy?.name ?? null,
            reason: course.cancelReason,
          }
        : null,
  };
}
