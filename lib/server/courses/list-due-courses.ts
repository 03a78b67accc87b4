import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { formatAgeOn } from '@/lib/domain/age';
import { compareIsoDates, fromIsoDate, toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import type { IndicationKind, Prisma } from '@/lib/generated/prisma/client';
import { authorize, patientScope } from '@/lib/auth/policy';
import type { DueListView } from '@/lib/validation/due-list-params';

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

export type DueCoursePage = {
  view: DueListView;
  items: DueCourseItem[];
  /** Children whose date has come, and whose date is ahead, on all pages. */
  dueCount: number;
  upcomingCount: number;
  /** 1-based; a page past the end shows the last one. */
  page: number;
  pageCount: number;
  /** The position of the first item in the view, 1-based (0 when there is none). */
  firstPosition: number;
};

export const DUE_PER_PAGE = 50;

/**
 * Children whose latest course is completed, with no course under way, and when the next one may
 * start, a page at a time: those due now (soonest date first), or those coming up. The date is
 * stored on the child by every change to their courses (./next-course-due.ts), so a page costs
 * the same few indexed statements whatever the clinic's size.
 */
export async function listPatientsDueForCourse(
  actor: Actor,
  today: IsoDate,
  { view, page }: { view: DueListView; page: number } = { view: 'due', page: 1 },
): Promise<DueCoursePage> {
  authorize(actor, 'PRESCRIBE_COURSE');

  const dueBy = (dates: Prisma.DateTimeNullableFilter): Prisma.PatientWhereInput => ({
    AND: [patientScope(actor), { nextCourseDueOn: dates }],
  });
  const due = dueBy({ lte: fromIsoDate(today) });
  const upcoming = dueBy({ gt: fromIsoDate(today) });
  const [dueCount, upcomingCount] = await Promise.all([
    db.patient.count({ where: due }),
    db.patient.count({ where: upcoming }),
  ]);
  const total = view === 'due' ? dueCount : upcomingCount;
  const pageCount = Math.max(1, Math.ceil(total / DUE_PER_PAGE));
  const shownPage = Math.min(page, pageCount);

  const patients = await db.patient.findMany({
    where: view === 'due' ? due : upcoming,
    // The index's order; the id breaks ties, so no one is shown twice or skipped across pages.
    orderBy: [{ nextCourseDueOn: 'asc' }, { lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
    skip: (shownPage - 1) * DUE_PER_PAGE,
    take: DUE_PER_PAGE,
    select: {
      id: true,
      firstName: true,
      lastName: true,
      dateOfBirth: true,
      gestationalAgeDays: true,
      nextCourseDueOn: true,
      // The date is only stored while the latest course is completed: that course.
      courses: {
        where: { status: 'COMPLETED' },
        orderBy: [{ startDate: 'desc' }, { createdAt: 'desc' }],
        take: 1,
        select: { id: true, indication: { select: { kind: true, diagnosis: true } } },
      },
    },
  });

  const items = patients.flatMap((patient): DueCourseItem[] => {
    const latest = patient.courses[0];
    if (!latest || !patient.nextCourseDueOn) return [];
    const nextCourseDueOn = toIsoDate(patient.nextCourseDueOn);
    return [
      {
        patientId: patient.id,
        firstName: patient.firstName,
        lastName: patient.lastName,
        age: formatAgeOn(toIsoDate(patient.dateOfBirth), today, patient.gestationalAgeDays),
        lastCourseId: latest.id,
        kind: latest.indication.kind,
        diagnosis: latest.indication.diagnosis,
        nextCourseDueOn,
        isDue: compareIsoDates(nextCourseDueOn, today) <= 0,
      },
    ];
  });
  const firstPosition = total === 0 ? 0 : (shownPage - 1) * DUE_PER_PAGE + 1;
  return { view, items, dueCount, upcomingCount, page: shownPage, pageCount, firstPosition };
}
