import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { authorize, courseScope } from '@/lib/auth/policy';

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
  const course = await db.course.findFirst({
    where: { AND: [{ id: courseId }, courseScope(actor)] },
    select: {
      therapistChanges: {
        orderBy: [{ changedAt: 'desc' }, { id: 'desc' }],
        select: {
          id: true,
          changedAt: true,
          fromTherapist: { select: { name: true } },
          toTherapist: { select: { name: true } },
          changedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!course) throw notFound('COURSE', courseId);
  return course.therapistChanges.map((change) => ({
    id: change.id,
    fromTherapistName: change.fromTherapist?.name ?? null,
    toTherapistName: change.toTherapist.name,
    changedByName: change.changedBy.name,
    changedAt: change.changedAt,
  }));
}
