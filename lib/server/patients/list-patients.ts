import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { patientScope } from '@/lib/server/access';

export type PatientListItem = {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: IsoDate;
  gestationalAgeWeeks: number | null;
  activeCourses: number;
};

const PAGE_SIZE = 100;

/** Patients the actor may see, filtered by any part of the name, surname first. */
export async function listPatients(actor: Actor, search = ''): Promise<PatientListItem[]> {
  const words = search.trim().split(/\s+/).filter(Boolean);
  const rows = await db.patient.findMany({
    where: {
      AND: [
        patientScope(actor),
        ...words.map((word) => ({
          OR: [{ firstName: { contains: word, mode: 'insensitive' as const } }, { lastName: { contains: word, mode: 'insensitive' as const } }],
        })),
      ],
    },
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }],
    take: PAGE_SIZE,
    select: {
      id: true,
      firstName: true,
      lastName: true,
      dateOfBirth: true,
      gestationalAgeWeeks: true,
      _count: { select: { courses: { where: { status: 'ACTIVE' } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    dateOfBirth: toIsoDate(row.dateOfBirth),
    gestationalAgeWeeks: row.gestationalAgeWeeks,
    activeCourses: row._count.courses,
  }));
}
