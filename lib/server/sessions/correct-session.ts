import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, correctableSessionScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { fromIsoDate, toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { applySessionCorrection, correctionRefusal } from '@/lib/domain/session-corrections';
import { NOTHING_CHANGED } from '@/lib/domain/record-corrections';
import { AppError, notFound } from '@/lib/errors';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { raiseAlerts } from '@/lib/server/alerts/raise-alerts';
import { alertsForCourseStatusChange } from '@/lib/domain/alerts';
import { refreshNextCourseDue } from '@/lib/server/courses/next-course-due';
import { scheduleRulesOf } from '@/lib/server/courses/course-rules';
import { lockCourse, lockTherapistTime } from '@/lib/server/locks';
import { courseTimeOf, placeSessionTimes, timeColumns } from './place-session-times';
import type { Prisma, SessionStatus } from '@/lib/generated/prisma/client';
import type { CorrectSessionInput } from '@/lib/validation/correct-session';

export type CorrectSessionResult = {
  courseId: string;
  /** The date of the session added at the end, when the correction needed one. */
  makeUpOn: IsoDate | null;
  /** A session still to come was removed: the corrected one now counts as done. */
  isSessionRemoved: boolean;
  courseStatus: 'ACTIVE' | 'COMPLETED' | 'CANCELLED';
};

/** The session's recorded fields for a status: the ones the status does not carry are emptied. */
function correctedFields(input: CorrectSessionInput) {
  switch (input.status) {
    case 'DONE':
      return {
        status: input.status,
        actualMinutes: input.actualMinutes,
        tolerance: input.tolerance,
        notes: input.notes,
        reason: '',
      };
    case 'MISSED':
      return { status: input.status, actualMinutes: null, tolerance: null, notes: input.notes, reason: '' };
    case 'POSTPONED':
      return { status: input.status, actualMinutes: null, tolerance: null, notes: '', reason: input.reason };
    default: {
      const unknown: never = input;
      throw new Error(`Unknown status ${JSON.stringify(unknown)}`);
    }
  }
}

type RecordedFields = ReturnType<typeof correctedFields>;
const FIELDS = ['status', 'actualMinutes', 'tolerance', 'notes', 'reason'] as const satisfies (keyof RecordedFields)[];

/**
 * Corrects what was recorded for a session (by the therapist who recorded it, or a paediatrician):
 * the previous values are kept as a SessionCorrection with who, when and why, and the course
 * follows (applySessionCorrection): a make-up added or removed so it keeps its count, and its
 * completion undone or redone.
 */
export async function correctSession(
  actor: Actor,
  input: CorrectSessionInput,
  today: IsoDate,
): Promise<CorrectSessionResult> {
  authorize(actor, 'CORRECT_SESSION');
  return db.$transaction(async (tx) => {
    await lockCourse(tx, { sessionId: input.sessionId });
    const session = await tx.session.findFirst({
      where: { AND: [{ id: input.sessionId }, correctableSessionScope(actor)] },
      select: {
        id: true,
        scheduledOn: true,
        location: true,
        status: true,
        actualMinutes: true,
        tolerance: true,
        notes: true,
        reason: true,
        wellConfirmedAt: true,
        startMinute: true,
        endMinute: true,
        therapistId: true,
        course: {
          select: {
            id: true,
            patientId: true,
            status: true,
            location: true,
            therapistId: true,
            sessionCount: true,
            frequency: true,
            weekdays: true,
            restAfterEvery: true,
            restDays: true,
            daysOff: true,
            sessions: {
              select: { id: true, scheduledOn: true, status: true, plannedMinutes: true },
              orderBy: { scheduledOn: 'asc' },
            },
          },
        },
      },
    });
    if (!session) throw notFound('SESSION', input.sessionId);
    const { course } = session;
    const refusal = correctionRefusal(
      { status: session.status, scheduledOn: toIsoDate(session.scheduledOn), today },
      input.status,
    );
    if (refusal) throw new AppError('INVALID_STATE', refusal);
    const fields = correctedFields(input);
    // A "correction" that changes nothing would put a false entry in the history.
    if (FIELDS.every((field) => fields[field] === session[field])) throw new AppError('INVALID_STATE', NOTHING_CHANGED);

    const effect = applySessionCorrection(
      {
        status: course.status,
        rules: scheduleRulesOf(course),
        sessionCount: course.sessionCount,
        sessions: course.sessions.map((other) => ({ ...other, scheduledOn: toIsoDate(other.scheduledOn) })),
      },
      session.id,
      input.status,
      today,
    );

    await tx.sessionCorrection.create({
      data: {
        sessionId: session.id,
        previousStatus: session.status,
        previousActualMinutes: session.actualMinutes,
        previousTolerance: session.tolerance,
        previousNotes: session.notes,
        previousReason: session.reason,
        reason: input.correctionReason,
        correctedById: actor.id,
      },
    });
    await tx.session.update({
      where: { id: session.id },
      data: {
        ...fields,
        ...(await timeKeptByCorrection(tx, session, input.status)),
        // The well-before check made when it was recorded done stands; a session now done gets it now.
        wellConfirmedAt: input.status === 'DONE' ? (session.wellConfirmedAt ?? new Date()) : null,
      },
    });
    if (effect.removedId) await tx.session.delete({ where: { id: effect.removedId } });
    if (effect.makeUp) {
      const time = await courseTimeOf(tx, course.id);
      const [placed] = (await placeSessionTimes(tx, course, time, [effect.makeUp.scheduledOn])) ?? [];
      await tx.session.create({
        data: {
          courseId: course.id,
          scheduledOn: fromIsoDate(placed?.date ?? effect.makeUp.scheduledOn),
          ...timeColumns(placed, course, time?.room ?? null),
          location: session.location,
          isMakeUp: true,
          plannedMinutes: effect.makeUp.plannedMinutes,
        },
      });
    }
    if (effect.courseStatus !== course.status) {
      await tx.course.update({
        where: { id: course.id },
        data: { status: effect.courseStatus, completedAt: effect.courseStatus === 'COMPLETED' ? new Date() : null },
      });
    }
    await raiseAlerts(
      tx,
      { patientId: course.patientId, courseId: course.id, sessionId: null },
      alertsForCourseStatusChange(course.status, effect.courseStatus),
    );
    // Which sessions are done decides when the next course is due.
    await refreshNextCourseDue(tx, course.patientId);
    await recordAudit(tx, actor, {
      action: 'UPDATE',
      subject: { type: 'SESSION', id: session.id },
      patientId: course.patientId,
    });
    return {
      courseId: course.id,
      makeUpOn: effect.makeUp?.scheduledOn ?? null,
      isSessionRemoved: effect.removedId !== null,
      courseStatus: effect.courseStatus,
    };
  });
}

const HOLDS_TIME: readonly SessionStatus[] = ['SCHEDULED', 'DONE'];

/**
 * A missed or postponed session gave its time up, and another session may hold it now: corrected
 * to done, it keeps its date and minutes but no longer holds that time (its therapist column is
 * cleared), so the correction of what happened is never refused for a slot booked since.
 */
async function timeKeptByCorrection(
  tx: Prisma.TransactionClient,
  session: {
    id: string;
    scheduledOn: Date;
    status: SessionStatus;
    startMinute: number | null;
    endMinute: number | null;
    therapistId: string | null;
  },
  status: SessionStatus,
): Promise<{ therapistId?: null }> {
  if (HOLDS_TIME.includes(session.status) || !HOLDS_TIME.includes(status)) return {};
  if (session.therapistId === null || session.startMinute === null || session.endMinute === null) return {};
  await lockTherapistTime(tx, session.therapistId);
  const taken = await tx.session.count({
    where: {
      id: { not: session.id },
      therapistId: session.therapistId,
      scheduledOn: session.scheduledOn,
      status: { in: [...HOLDS_TIME] },
      startMinute: { lt: session.endMinute },
      endMinute: { gt: session.startMinute },
    },
  });
  return taken > 0 ? { therapistId: null } : {};
}
