import 'server-only';
import { fromIsoDate, toIsoDate } from '@/lib/domain/calendar-date';
import { childNextCourseDueOn } from '@/lib/domain/next-course-due';
import type { Prisma } from '@/lib/generated/prisma/client';
import { lockPatient } from '@/lib/server/locks';

/**
 * Stores when the child is due for their next course (Patient.nextCourseDueOn), decided by
 * `childNextCourseDueOn` from their courses as they now stand. Every change to a child's courses
 * or sessions (prescribing, recording a session, cancelling, reinstating, correcting) calls it
 * last, before its audit row, in its own transaction: so the due list reads one indexed column
 * instead of every course, and can never disagree with the rule.
 */
export async function refreshNextCourseDue(tx: Prisma.TransactionClient, patientId: string): Promise<void> {
  // Read after the lock: a concurrent change to another of the child's courses has committed.
  await lockPatient(tx, patientId);
  const courses = await tx.course.findMany({
    where: { patientId },
    orderBy: [{ startDate: 'desc' }, { createdAt: 'desc' }],
    select: {
      status: true,
      breakAfterDays: true,
      sessions: { where: { status: 'DONE' }, orderBy: { scheduledOn: 'desc' }, take: 1, select: { scheduledOn: true } },
    },
  });
  const dueOn = childNextCourseDueOn(
    courses.map((course) => ({
      status: course.status,
      breakAfterDays: course.breakAfterDays,
      lastDoneOn: course.sessions[0] ? toIsoDate(course.sessions[0].scheduledOn) : null,
    })),
  );
  await tx.patient.update({
    where: { id: patientId },
    data: { nextCourseDueOn: dueOn ? fromIsoDate(dueOn) : null },
  });
}
