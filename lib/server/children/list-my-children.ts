import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, patientScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';

export type ChildListItem = {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: IsoDate;
  /** For the corrected age: the parent sees the same age as the clinic. */
  gestationalAgeDays: number | null;
  hasActiveCourse: boolean;
};

/** A parent's own children, through their guardianship links only. */
export async function listMyChildren(actor: Actor): Promise<ChildListItem[]> {
  authorize(actor, 'VIEW_OWN_CHILDREN');
  const children = await db.patient.findMany({
    where: patientScope(actor),
    orderBy: { dateOfBirth: 'desc' },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      dateOfBirth: true,
      gestationalAgeDays: true,
      _count: { select: { courses: { where: { status: 'ACTIVE' } } } },
    },
  });
  return children.map((child) => ({
    id: child.id,
    firstName: child.firstName,
    lastName: child.lastName,
    dateOfBirth: toIsoDate(child.dateOfBirth),
    gestationalAgeDays: child.gestationalAgeDays,
    hasActiveCourse: child._count.courses > 0,
  }));
}
