import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { CourseStatus } from '@/lib/generated/prisma/client';
import { courseScope } from '@/lib/server/access';
import type { CancelCourseInput } from '@/lib/validation/cancel-course';

export type CancelCourseResult = { id: string; patientId: string };

const NOT_CANCELLABLE = {
  COMPLETED: 'This course is completed: a completed course cannot be cancelled.',
  CANCELLED: 'This course was already cancelled.',
} as const satisfies Record<Exclude<CourseStatus, 'ACTIVE'>, string>;

/**
 * A paediatrician stops an active course early (an absolute contraindication appeared, the
 * family withdrew), recording who, when and why. Only the course changes: its sessions keep
 * their history, and the ones still scheduled are left out of every to-do list and refused by
 * recordSession because the course is no longer active.
 */
export async function cancelCourse(actor: Actor, input: CancelCourseInput): Promise<CancelCourseResult> {
  return db.$transaction(async (tx) => {
    // Scope first, so someone who cannot see the course learns nothing about it.
    const course = await tx.course.findFirst({ where: { AND: [{ id: input.courseId }, courseScope(actor)] }, select: { id: true, patientId: true, status: true } });
    if (!course) throw notFound('The course');
    if (!can(actor.role, 'CANCEL_COURSE')) throw new AppError('FORBIDDEN', 'Only a paediatrician can cancel a course.');
    if (course.status !== 'ACTIVE') throw new AppError('INVALID_STATE', NOT_CANCELLABLE[course.status]);

    // Conditional on the status, so a double submit or a session completing the course at the
    // same moment cannot be overwritten: the second writer finds it no longer active.
    const { count } = await tx.course.updateMany({
      where: { id: course.id, status: 'ACTIVE' },
      data: { status: 'CANCELLED', cancelledAt: new Date(), cancelledById: actor.id, cancelReason: input.reason },
    });
    if (count !== 1) throw new AppError('CONFLICT', 'This course changed a moment ago (it was completed or cancelled). Reload to see it.');
    return { id: course.id, patientId: course.patientId };
  });
}
