import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { formatAgeOn } from '@/lib/domain/age';
import { compareIsoDates, toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import type { IndicationKind } from '@/lib/generated/prisma/client';
import { authorize, patientScope } from '@/lib/auth/policy';
import { COURSE_SUMMARY_INCLUDE, toCourseSummary } from './course-summary';

export type DueCourseItem = {
  patientId: string;
  firstName: string;
  lastName: string;
  /** "9 months (corrected 7 months)" on `today`; null when the stored birth date cannot give one. */
  age: string | null;
  lastCourseId: string;
  kind: IndicationKind;
  diagnosis: string;
  /** The first day the next course may start: the last session done plus the course's break. */
  nextCourseDueOn: IsoDate;
  /** The date has come (it is today or earlier). */
  isDue: boolean;
};

/**
 * Patients whose latest course is completed, with no course under way, and when the next one
 * may start: for the paediatrician's "who is due for a course" list. Soonest first.
 */
export async function listPatientsDueForCourse(actor: Actor, today: IsoDate): Promise<DueCourseItem[]> {
  authorize(actor, 'PRESCRIBE_COURSE');

  const patients = await db.patient.findMany({
    where: {
      AND: [
        patientScope(actor),
        { courses: { some: { status: 'COMPLETED' } } },
        { courses: { none: { status: 'ACTIVE' } } },
      ],
    },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      dateOfBirth: true,
      gestationalAgeDays: true,
      courses: { orderBy: [{ startDate: 'desc' }, { createdAt: 'desc' }], take: 1, include: COURSE_SUMMARY_INCLUDE },
    },
  });

  const items: DueCourseItem[] = [];
  for (const patient of patients) {
    const latest = patient.courses[0];
    // A cancelled latest course means the doctor stopped treatment: no reminder from an older one.
    if (!latest || latest.status !== 'COMPLETED') continue;
    // The same derivation as every course summary, so this list and the patient page agree.
    const { nextCourseDueOn, kind, diagnosis } = toCourseSummary(latest);
    if (!nextCourseDueOn) continue;
    items.push({
      patientId: patient.id,
      firstName: patient.firstName,
      lastName: patient.lastName,
      age: formatAgeOn(toIsoDate(patient.dateOfBirth), today, patient.gestationalAgeDays),
      lastCourseId: latest.id,
      kind,
      diagnosis,
      nextCourseDueOn,
      isDue: compareIsoDates(nextCourseDueOn, today) <= 0,
    });
  }

  return items.sort(
    (a, b) =>
      compareIsoDates(a.nextCourseDueOn, b.nextCourseDueOn) ||
      a.lastName.localeCompare(b.lastName) ||
      a.firstName.localeCompare(b.firstName),
  );
}
