import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, courseScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { courseChanges } from '@/lib/domain/course-changes';
import { AppError, notFound } from '@/lib/errors';
import { lockCourse } from '@/lib/server/locks';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { refreshNextCourseDue } from './next-course-due';
import type { CancelCourseInput } from '@/lib/validation/cancel-course';

export type CancelCourseResult = { id: string; patientId: string };

/**
 * A paediatrician stops an active course early (an absolute contraindication appeared, the
 * family withdrew), recording who, when and why. Only the course changes: its sessions keep
 * their history, and the ones still scheduled are left out of every to-do list and refused by
 * recordSession because the course is no longer active.
 */
export async function cancelCourse(actor: Actor, input: CancelCourseInput): Promise<CancelCourseResult> {
  authorize(actor, 'CANCEL_COURSE');
  return db.$transaction(async (tx) => {
    await lockCourse(tx, { courseId: input.courseId });
    const course = await tx.course.findFirst({
      where: { AND: [{ id: input.courseId }, courseScope(actor)] },
      select: { id: true, patientId: true, status: true, location: true },
    });
    if (!course) throw notFound('COURSE', input.courseId);
    const refusal = courseChanges(course).CANCEL;
    if (refusal) throw new AppError('INVALID_STATE', refusal);

    await tx.course.update({
      where: { id: course.id },
      data: { status: 'CANCELLED', cancelledAt: new Date(), cancelledById: actor.id, cancelReason: input.reason },
    });
    // The therapist's times of the sessions that will not happen are free again (a reinstatement books anew).
    await tx.session.updateMany({
      where: { courseId: course.id, status: 'SCHEDULED', therapistId: { not: null } },
      data: { therapistId: null },
    });
    await refreshNextCourseDue(tx, course.patientId);
    await recordAudit(tx, actor, {
      action: 'UPDATE',
      subject: { type: 'COURSE', id: course.id },
      patientId: course.patientId,
    });
    return { id: course.id, patientId: course.patientId };
  });
}
