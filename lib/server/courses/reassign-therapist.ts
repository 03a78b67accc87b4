import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { CourseStatus } from '@/lib/generated/prisma/client';
import { courseScope } from '@/lib/server/access';
import type { ReassignTherapistInput } from '@/lib/validation/reassign-therapist';

export type ReassignTherapistResult = { id: string; patientId: string; therapistName: string };

const NOT_REASSIGNABLE = {
  COMPLETED: 'This course is completed: there are no sessions left to hand over.',
  CANCELLED: 'This course was cancelled: there are no sessions left to hand over.',
} as const satisfies Record<Exclude<CourseStatus, 'ACTIVE'>, string>;

function therapistRefused(message: string): AppError {
  return new AppError('INVALID_STATE', 'Please correct the highlighted fields.', { therapistId: [message] });
}

/**
 * Hands an active clinic course to another therapist (the assigned one is on leave, or their
 * account was deactivated). Only the course changes, with a TherapistChange row saying who handed
 * it from whom to whom: sessions already recorded keep who recorded them, and every session still
 * to come follows Course.therapistId into the new therapist's agenda and out of the old one's
 * (see recordableSessionScope and listTherapistSessions).
 */
export async function reassignTherapist(actor: Actor, input: ReassignTherapistInput): Promise<ReassignTherapistResult> {
  return db.$transaction(async (tx) => {
    // Scope first, so someone who cannot see the course learns nothing about it.
    const course = await tx.course.findFirst({
      where: { AND: [{ id: input.courseId }, courseScope(actor)] },
      select: { id: true, patientId: true, status: true, location: true, therapistId: true },
    });
    if (!course) throw notFound('The course');
    if (!can(actor.role, 'ASSIGN_THERAPIST')) throw new AppError('FORBIDDEN', 'Only a paediatrician or a clinic admin can change the therapist of a course.');
    if (course.status !== 'ACTIVE') throw new AppError('INVALID_STATE', NOT_REASSIGNABLE[course.status]);
    if (course.location !== 'CLINIC') throw new AppError('INVALID_STATE', 'This is a home course: the family does its sessions, so it has no therapist.');

    // FOR SHARE holds off a deactivation of the new therapist until this commits, so a course is
    // never handed to an account switched off in the meantime.
    const [therapist] = await tx.$queryRaw<{ name: string }[]>`
      SELECT "name" FROM "User" WHERE "id" = ${input.therapistId} AND "role" = 'THERAPIST' AND "deactivatedAt" IS NULL FOR SHARE`;
    if (!therapist) throw therapistRefused('Choose one of the clinic’s active therapists.');
    // Saying "changed" when nothing changed would hide a slip of the select.
    if (course.therapistId === input.therapistId) throw therapistRefused('This therapist already has the course: choose another one.');

    // Conditional on the status, so a cancellation or the last session completing the course at
    // the same moment is not followed by a change to a course that is over; and on the therapist
    // read above, so the history never records a hand-over from someone who no longer had it.
    const { count } = await tx.course.updateMany({
      where: { id: course.id, status: 'ACTIVE', therapistId: course.therapistId },
      data: { therapistId: input.therapistId },
    });
    if (count !== 1) {
      throw new AppError('CONFLICT', 'This course changed a moment ago (it was completed, cancelled or handed to another therapist). Reload to see it.');
    }
    await tx.therapistChange.create({
      data: { courseId: course.id, fromTherapistId: course.therapistId, toTherapistId: input.therapistId, changedById: actor.id },
    });
    return { id: course.id, patientId: course.patientId, therapistName: therapist.name };
  });
}
