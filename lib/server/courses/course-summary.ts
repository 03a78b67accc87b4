import 'server-only';
import { toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { courseProgress, type CourseProgress } from '@/lib/domain/course-progress';
import { nextCourseDueDate } from '@/lib/domain/schedule';
import type { CourseStatus, IndicationKind, Prisma, SessionLocation } from '@/lib/generated/prisma/client';

/** What every list of courses shows; built from `COURSE_SUMMARY_INCLUDE`. */
export type CourseSummary = {
  id: string;
  status: CourseStatus;
  kind: IndicationKind;
  diagnosis: string;
  location: SessionLocation;
  startDate: IsoDate;
  lastSessionDate: IsoDate | null;
  progress: CourseProgress;
  therapistName: string | null;
  /** After a completed course: the first day the next one may start. */
  nextCourseDueOn: IsoDate | null;
};

export const COURSE_SUMMARY_INCLUDE = {
  indication: { select: { kind: true, diagnosis: true } },
  therapist: { select: { name: true } },
  sessions: { select: { status: true, scheduledOn: true }, orderBy: { scheduledOn: 'asc' } },
} as const satisfies Prisma.CourseInclude;

type CourseWithSummary = Prisma.CourseGetPayload<{ include: typeof COURSE_SUMMARY_INCLUDE }>;

export function toCourseSummary(course: CourseWithSummary): CourseSummary {
  const lastSession = course.sessions.at(-1);
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
    nextCourseDueOn: course.status === 'COMPLETED' && lastDone ? nextCourseDueDate(toIsoDate(lastDone.scheduledOn), course.breakAfterDays) : null,
  };
}
