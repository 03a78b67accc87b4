import 'server-only';
import { rescheduleSessions } from '@/lib/server/sessions/reschedule-sessions';
import type { Actor } from '@/lib/auth/actor';
import { authorize, courseScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { fromIsoDate, toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { planReinstatement, reinstateRefusal } from '@/lib/domain/course-reinstatement';
import { AppError, notFound } from '@/lib/errors';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { refreshNextCourseDue } from './next-course-due';
import { courseTimeOf, placeSessionTimes, timeColumns } from '@/lib/server/sessions/place-session-times';
import { lockCourse } from '@/lib/server/locks';
import type { ReinstateCourseInput } from '@/lib/validation/reinstate-course';
import { scheduleRulesOf } from './course-rules';
import { newerCourseWhere } from './newer-course';

export type ReinstateCourseResult = { id: string; patientId: string; resumesOn: IsoDate | null };

/**
 * A paediatrician puts a cancelled course back into effect (it was cancelled by mistake, or the
 * reason passed), while no newer course replaced it. The cancellation is kept as a
 * CourseReinstatement with who, when and why, and the sessions the course still needs are
 * planned again from today (planReinstatement).
 */
export async function reinstateCourse(
  actor: Actor,
  input: ReinstateCourseInput,
  today: IsoDate,
): Promise<ReinstateCourseResult> {
  authorize(actor, 'REINSTATE_COURSE');
  return db.$transaction(async (tx) => {
    await lockCourse(tx, { courseId: input.courseId });
    const course = await tx.course.findFirst({
      where: { AND: [{ id: input.courseId }, courseScope(actor)] },
      include: {
        sessions: {
          select: { id: true, scheduledOn: true, status: true, plannedMinutes: true, location: true },
          orderBy: { scheduledOn: 'asc' },
        },
      },
    });
    if (!course) throw notFound('COURSE', input.courseId);
    const newer = await tx.course.count({ where: newerCourseWhere(course) });
    const refusal = reinstateRefusal(course, newer > 0);
    if (refusal) throw new AppError('INVALID_STATE', refusal);

    const plan = planReinstatement(
      {
        rules: scheduleRulesOf(course),
        sessionCount: course.sessionCount,
        sessions: course.sessions.map((session) => ({ ...session, scheduledOn: toIsoDate(session.scheduledOn) })),
      },
      today,
    );
    await tx.courseReinstatement.create({
      data: {
        courseId: course.id,
        cancelledAt: course.cancelledAt,
        cancelledById: course.cancelledById,
        cancelReason: course.cancelReason,
        reason: input.reason,
        reinstatedById: actor.id,
      },
    });
    await tx.session.deleteMany({ where: { id: { in: plan.removedIds } } });
    // The remaining sessions are booked anew at the course's time where the therapist is free.
    const time = await courseTimeOf(tx, course.id);
    const placed = await placeSessionTimes(
      tx,
      course,
      time,
      [...plan.moved, ...plan.added].map((session) => session.scheduledOn),
      plan.moved.map((moved) => moved.id),
    );
    const timeOf = (index: number) => timeColumns(placed?.[index], course, time?.room ?? null);
    await rescheduleSessions(
      tx,
      plan.moved.map((moved, index) => ({
        id: moved.id,
        scheduledOn: placed?.[index]?.date ?? moved.scheduledOn,
        ...timeOf(index),
      })),
    );
    if (plan.added.length > 0) {
      await tx.session.createMany({
        data: plan.added.map((added, index) => ({
          courseId: course.id,
          scheduledOn: fromIsoDate(placed?.[plan.moved.length + index]?.date ?? added.scheduledOn),
          ...timeOf(plan.moved.length + index),
          location: course.location,
          isMakeUp: true,
          plannedMinutes: added.plannedMinutes,
        })),
      });
    }
    const isComplete = plan.moved.length === 0 && plan.added.length === 0;
    await tx.course.update({
      where: { id: course.id },
      data: {
        status: isComplete ? 'COMPLETED' : 'ACTIVE',
        completedAt: isComplete ? new Date() : null,
        cancelledAt: null,
        cancelledById: null,
        cancelReason: '',
      },
    });
    await refreshNextCourseDue(tx, course.patientId);
    await recordAudit(tx, actor, {
      action: 'UPDATE',
      subject: { type: 'COURSE', id: course.id },
      patientId: course.patientId,
    });
    return {
      id: course.id,
      patientId: course.patientId,
      resumesOn: plan.moved[0]?.scheduledOn ?? plan.added[0]?.scheduledOn ?? null,
    };
  });
}
