import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { ACCOUNTS, authorize, courseScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { courseChanges } from '@/lib/domain/course-changes';
import { AppError, notFound } from '@/lib/errors';
import { lockClinicWide, lockCourse } from '@/lib/server/locks';
import { recordAudit } from '@/lib/server/audit/record-audit';
import type { ReassignTherapistInput } from '@/lib/validation/reassign-therapist';

export type ReassignTherapistResult = { id: string; patientId: string; therapistName: string };

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
  authorize(actor, 'ASSIGN_THERAPIST');
  return db.$transaction(async (tx) => {
    await lockCourse(tx, { courseId: input.courseId });
    // Holds off a deactivation of the new therapist until this commits (see lib/server/locks.ts).
    await lockClinicWide(tx, 'ACCOUNTS');
    const course = await tx.course.findFirst({
      where: { AND: [{ id: input.courseId }, courseScope(actor)] },
      select: { id: true, patientId: true, status: true, location: true, therapistId: true },
    });
    if (!course) throw notFound('COURSE', input.courseId);
    const refusal = courseChanges(course).REASSIGN;
    if (refusal) throw new AppError('INVALID_STATE', refusal);

    const therapist = await tx.user.findFirst({
      where: { id: input.therapistId, ...ACCOUNTS.therapists, deactivatedAt: null },
      select: { name: true },
    });
    if (!therapist) throw therapistRefused('Choose one of the clinic’s active therapists.');
    // Saying "changed" when nothing changed would hide a slip of the select.
    if (course.therapistId === input.therapistId)
      throw therapistRefused('This therapist already has the course: choose another one.');

    await tx.course.update({ where: { id: course.id }, data: { therapistId: input.therapistId } });
    await tx.therapistChange.create({
      data: {
        courseId: course.id,
        fromTherapistId: course.therapistId,
        toTherapistId: input.therapistId,
        changedById: actor.id,
      },
    });
    await recordAudit(tx, actor, {
      action: 'UPDATE',
      subject: { type: 'COURSE', id: course.id },
      patientId: course.patientId,
    });
    return { id: course.id, patientId: course.patientId, therapistName: therapist.name };
  });
}
