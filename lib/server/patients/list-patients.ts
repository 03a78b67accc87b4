import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { patientScope } from '@/lib/auth/policy';

export type PatientListItem = {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: IsoDate;
  gestationalAgeDays: number | null;
  activeCourses: number;
};

export type PatientListPage = {
  items: PatientListItem[];
  /** Every patient that matches, on all pages. */
  total: number;
  /** 1-based; a page past the end shows the last one. */
  page: number;
  pageCount: number;
  /** The position of the first item in the whole list, 1-based (0 when there is none). */
  firstPosition: number;
};

export const PATIENTS_PER_PAGE = 50;

/** Patients the actor may see, filtered by any part of the name, surname first, a page at a time. */
export async function listPatients(actor: Actor, search = '', page = 1): Promise<PatientListPage> {
  const words = search.trim().split(/\s+/).filter(Boolean);
  const where = {
    AND: [
      patientScope(actor),
      ...words.map((word) => ({
        OR: [
          { firstName: { contains: word, mode: 'insensitive' as const } },
          { lastName: { contains: word, mode: 'insensitive' as const } },
        ],
      })),
    ],
  };
  const total = await db.patient.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PATIENTS_PER_PAGE));
  const shownPage = Math.min(page, pageCount);
  const rows = await db.patient.findMany({
    where,
    // The id breaks ties between namesakes, so no one is shown twice or skipped across pages.
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
    skip: (shownPage - 1) * PATIENTS_PER_PAGE,
    take: PATIENTS_PER_PAGE,
    select: {
      id: true,
      firstName: true,
      lastName: true,
      dateOfBirth: true,
      gestationalAgeDays: true,
    },
  });
  // Counted for this page's patients only, through the (patientId, status) index: a relation
  // count in the query above would aggregate every course in the clinic first.
  const running = await db.course.groupBy({
    by: ['patientId'],
    where: { patientId: { in: rows.map((row) => row.id) }, status: 'ACTIVE' },
    _count: { _all: true },
  });
  const runningBy = new Map(running.map((group) => [group.patientId, group._count._all]));
  const items = rows.map((row) => ({
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    dateOfBirth: toIsoDate(row.dateOfBirth),
    gestationalAgeDays: row.gestationalAgeDays,
    activeCourses: runningBy.get(row.id) ?? 0,
  }));
  const firstPosition = total === 0 ? 0 : (shownPage - 1) * PATIENTS_PER_PAGE + 1;
  return { items, total, page: shownPage, pageCount, firstPosition };
}
