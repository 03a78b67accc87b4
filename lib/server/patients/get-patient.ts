import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { notFound } from '@/lib/errors';
import type { IndicationKind, Sex } from '@/lib/generated/prisma/client';
import { patientScope } from '@/lib/auth/policy';
import { recordAuditAlone } from '@/lib/server/audit/record-audit';
import { userNames } from '@/lib/server/users/user-names';
import {
  COURSE_SUMMARY_INCLUDE,
  COURSES_NEWEST_FIRST,
  toCourseSummary,
  type CourseSummary,
} from '@/lib/server/courses/course-summary';

export type PatientDetail = {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: IsoDate;
  sex: Sex;
  gestationalAgeDays: number | null;
  umbilicalWoundHealedOn: IsoDate | null;
  notes: string;
  guardians: { id: string; name: string; email: string; deactivatedAt: Date | null }[];
  indications: {
    id: string;
    kind: IndicationKind;
    diagnosis: string;
    icd10Code: string | null;
    diagnosedOn: IsoDate;
    resolvedOn: IsoDate | null;
    authorName: string;
  }[];
  /** One page of the child's courses, newest first (COURSES_PER_PAGE): a child followed for years has many. */
  courses: CourseSummary[];
  courseCount: number;
  /** 1-based; a page past the end shows the last one. */
  coursePage: number;
  coursePageCount: number;
};

export const COURSES_PER_PAGE = 5;

/**
 * One patient, if the actor may see them (the read is audited); otherwise "not found", never
 * "forbidden". Their courses come a page at a time, newest first.
 */
export async function getPatient(actor: Actor, patientId: string, coursePage = 1): Promise<PatientDetail> {
  const findWithCourses = (page: number) =>
    db.patient.findFirst({
      where: { AND: [{ id: patientId }, patientScope(actor)] },
      include: {
        guardians: { include: { user: { select: { id: true, name: true, email: true, deactivatedAt: true } } } },
        indications: { orderBy: { diagnosedOn: 'desc' } },
        courses: {
          // Who wrote the indications, runs and cancelled the courses: one statement for their names
          // (userNames), not one each.
          include: { ...COURSE_SUMMARY_INCLUDE, therapist: false, cancelledBy: false },
          orderBy: COURSES_NEWEST_FIRST,
          skip: (page - 1) * COURSES_PER_PAGE,
          take: COURSES_PER_PAGE,
        },
        _count: { select: { courses: true } },
      },
    });
  let patient = await findWithCourses(coursePage);
  if (!patient) throw notFound('PATIENT', patientId);
  const courseCount = patient._count.courses;
  const coursePageCount = Math.max(1, Math.ceil(courseCount / COURSES_PER_PAGE));
  // An address past the last page (courses removed meanwhile, or typed by hand) shows the last one.
  const shownCoursePage = Math.min(coursePage, coursePageCount);
  if (shownCoursePage !== coursePage) patient = (await findWithCourses(shownCoursePage)) ?? patient;
  const { indications, courses } = patient;
  const [nameOf] = await Promise.all([
    userNames([
      ...indications.map((indication) => indication.authorId),
      ...courses.flatMap((course) => [course.therapistId, course.cancelledById]),
    ]),
    recordAuditAlone(actor, { action: 'READ', subject: { type: 'PATIENT', id: patient.id }, patientId: patient.id }),
  ]);
  const named = (id: string | null) => (id === null ? null : { name: nameOf(id) });
  return {
    id: patient.id,
    firstName: patient.firstName,
    lastName: patient.lastName,
    dateOfBirth: toIsoDate(patient.dateOfBirth),
    sex: patient.sex,
    gestationalAgeDays: patient.gestationalAgeDays,
    umbilicalWoundHealedOn: patient.umbilicalWoundHealedOn ? toIsoDate(patient.umbilicalWoundHealedOn) : null,
    notes: patient.notes,
    guardians: patient.guardians.map((guardian) => guardian.user),
    indications: indications.map((indication) => ({
      id: indication.id,
      kind: indication.kind,
      diagnosis: indication.diagnosis,
      icd10Code: indication.icd10Code,
      diagnosedOn: toIsoDate(indication.diagnosedOn),
      resolvedOn: indication.resolvedOn ? toIsoDate(indication.resolvedOn) : null,
      authorName: nameOf(indication.authorId),
    })),
    courses: courses.map((course) =>
      toCourseSummary({ ...course, therapist: named(course.therapistId), cancelledBy: named(course.cancelledById) }),
    ),
    courseCount,
    coursePage: shownCoursePage,
    coursePageCount,
  };
}
