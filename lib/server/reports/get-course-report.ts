import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, courseScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import {
  courseReportFigures,
  sessionLineFor,
  type CourseReportFigures,
  type ReportAudience,
} from '@/lib/domain/course-report';
import { nextCourseDueDate } from '@/lib/domain/schedule';
import type { IndicationKind, SessionLocation } from '@/lib/generated/prisma/client';
import { getCourse, type CourseDetail, type CourseSession } from '@/lib/server/courses/get-course';
import { getClinicProfile } from '@/lib/server/settings/clinic-profile';
import type { ClinicProfile } from '@/lib/validation/clinic-profile';

/** A sign that the baby was not well, recorded at a session of the course (see lib/domain/alerts.ts). */
export type ContraindicationFound = {
  scheduledOn: IsoDate;
  location: SessionLocation;
  /** What was recorded: "Not well today: …" with the conditions ticked. */
  reason: string;
};

export type CourseReport = {
  audience: ReportAudience;
  generatedOn: IsoDate;
  clinic: ClinicProfile;
  course: Omit<CourseDetail, 'sessions' | 'screening'>;
  indication: { kind: IndicationKind; diagnosis: string; icd10Code: string | null; diagnosedOn: IsoDate };
  sessions: CourseSession[];
  figures: CourseReportFigures;
  contraindicationsFound: ContraindicationFound[];
  /**
   * When the next course may start: the stored date once this course is completed, or, while it
   * runs, the date it would be if the course ends as planned. Null for a cancelled course.
   */
  nextCourse: { dueOn: IsoDate; isPlanned: boolean } | null;
};

/** The alert kinds that mean a contraindication turned up during the course. */
const CONTRAINDICATION_ALERTS = ['UNWELL_REPORTED', 'CONTRAINDICATION_AT_SESSION'] as const;

/**
 * A course's report, for staff who may read the child's record and for the child's guardians
 * (courseScope decides who reaches the course; anyone else gets NOT_FOUND). Available while the
 * course runs and once it ends. The read is audited as the course's (getCourse).
 */
export async function getCourseReport(actor: Actor, courseId: string, today: IsoDate): Promise<CourseReport> {
  authorize(actor, 'VIEW_COURSE_REPORT');
  const { sessions, screening: _screening, ...course } = await getCourse(actor, courseId);
  const [indication, alerts, clinic] = await Promise.all([
    db.indication.findFirstOrThrow({
      where: { courses: { some: { AND: [{ id: course.id }, courseScope(actor)] } } },
      select: { kind: true, diagnosis: true, icd10Code: true, diagnosedOn: true },
    }),
    db.alert.findMany({
      where: { courseId: course.id, kind: { in: [...CONTRAINDICATION_ALERTS] }, sessionId: { not: null } },
      orderBy: { session: { scheduledOn: 'asc' } },
      select: { session: { select: { scheduledOn: true, location: true, reason: true } } },
    }),
    getClinicProfile(),
  ]);
  const audience: ReportAudience = actor.role === 'PARENT' ? 'FAMILY' : 'STAFF';
  return {
    audience,
    generatedOn: today,
    clinic,
    course,
    indication: { ...indication, diagnosedOn: toIsoDate(indication.diagnosedOn) },
    sessions: sessions.map((session) => sessionLineFor(audience, session)),
    figures: courseReportFigures(
      sessions.map((session) => ({ ...session })),
      today,
    ),
    contraindicationsFound: alerts.flatMap(({ session }) =>
      session
        ? [{ scheduledOn: toIsoDate(session.scheduledOn), location: session.location, reason: session.reason }]
        : [],
    ),
    nextCourse: nextCourseOf(course),
  };
}

function nextCourseOf(course: Omit<CourseDetail, 'sessions' | 'screening'>): CourseReport['nextCourse'] {
  if (course.nextCourseDueOn) return { dueOn: course.nextCourseDueOn, isPlanned: false };
  if (course.status === 'ACTIVE' && course.lastSessionDate)
    return { dueOn: nextCourseDueDate(course.lastSessionDate, course.breakAfterDays), isPlanned: true };
  return null;
}
