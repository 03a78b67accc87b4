import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { patientScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { currentCourseOf } from '@/lib/domain/current-course';
import { notFound } from '@/lib/errors';
import { recordAuditAlone } from '@/lib/server/audit/record-audit';
import { COURSES_NEWEST_FIRST } from '@/lib/server/courses/course-summary';

export type FamilyChild = {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: IsoDate;
  gestationalAgeDays: number | null;
  /** The course the family's page is about (currentCourseOf), if the child has any. */
  currentCourseId: string | null;
};

/**
 * A child as the family's page shows it, if the actor may see them (the read is audited, as
 * getPatient's); otherwise "not found". Only what that page reads: getPatient also loads the
 * guardians, the indications and a page of course summaries, a dozen statements the page would
 * throw away on every visit (issue 11). The courses' ids and statuses, newest first, are few.
 */
export async function getFamilyChild(actor: Actor, patientId: string): Promise<FamilyChild> {
  const patient = await db.patient.findFirst({
    where: { AND: [{ id: patientId }, patientScope(actor)] },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      dateOfBirth: true,
      gestationalAgeDays: true,
      courses: { select: { id: true, status: true }, orderBy: COURSES_NEWEST_FIRST },
    },
  });
  if (!patient) throw notFound('PATIENT', patientId);
  await recordAuditAlone(actor, {
    action: 'READ',
    subject: { type: 'PATIENT', id: patient.id },
    patientId: patient.id,
  });
  return {
    id: patient.id,
    firstName: patient.firstName,
    lastName: patient.lastName,
    dateOfBirth: toIsoDate(patient.dateOfBirth),
    gestationalAgeDays: patient.gestationalAgeDays,
    currentCourseId: currentCourseOf(patient.courses)?.id ?? null,
  };
}
