import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { authorize } from '@/lib/auth/policy';
import { userNames } from '@/lib/server/users/user-names';
import { findCourseInReach } from './course-in-reach';

export type TherapistChangeItem = {
  id: string;
  /** null when the course had no therapist before. */
  fromTherapistName: string | null;
  toTherapistName: string;
  changedByName: string;
  changedAt: Date;
};

/**
 * Who handed a course from which therapist to which, when; newest first. It is the clinic's
 * staffing record, read on the course page's staff view (VIEW_PATIENTS: admin, paediatrician, the
 * assigned therapist). A family's page names the therapist they will meet, not who recorded each
 * session nor who covered for whom, so a parent is refused whether or not the child is theirs.
 */
export async function listTherapistChanges(actor: Actor, courseId: string): Promise<TherapistChangeItem[]> {
  authorize(actor, 'VIEW_PATIENTS');
  // Same reach as the course itself: a therapist who handed it on no longer sees it, nor its history.
  if (!(await findCourseInReach(actor, courseId))) throw notFound('COURSE', courseId);
  const changes = await db.therapistChange.findMany({
    where: { courseId },
    orderBy: [{ changedAt: 'desc' }, { id: 'desc' }],
    select: { id: true, changedAt: true, fromTherapistId: true, toTherapistId: true, changedById: true },
  });
  const nameOf = await userNames(
    changes.flatMap((change) => [change.fromTherapistId, change.toTherapistId, change.changedById]),
  );
  return changes.map((change) => ({
    id: change.id,
    fromTherapistName: change.fromTherapistId === null ? null : nameOf(change.fromTherapistId),
    toTherapistName: nameOf(change.toTherapistId),
    changedByName: nameOf(change.changedById),
    changedAt: change.changedAt,
  }));
}
