import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorizeAny, recordableSessionScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { fromIsoDate, toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import {
  applySessionOutcome,
  sessionOutcomes,
  wellTodayRefusal,
  type SessionOutcome as RecordedOutcome,
} from '@/lib/domain/session-outcomes';
import { AppError, notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { scheduleRulesOf } from '@/lib/server/courses/course-rules';
import { raiseAlerts } from '@/lib/server/alerts/raise-alerts';
import { alertsForRecordedSession } from '@/lib/domain/alerts';
import { recordAudit, type AuditActor } from '@/lib/server/audit/record-audit';
import { refreshNextCourseDue } from '@/lib/server/courses/next-course-due';
import { lockCourse } from '@/lib/server/locks';
import { replanSessionMinutes, rescheduleSessions } from '@/lib/server/sessions/reschedule-sessions';
import { courseTimeOf, placeSessionTimes, timeColumns } from './place-session-times';
import { getClinicDefaults } from '@/lib/server/settings/clinic-defaults';
import { maxSessionMinutesOn } from '@/lib/domain/prescription/child-facts';
import { recordedMinutesWarning } from '@/lib/domain/rules';

export type SessionOutcome = RecordedOutcome & { sessionId: string };

function childOf(patient: { dateOfBirth: Date; gestationalAgeDays: number | null }) {
  return { dateOfBirth: toIsoDate(patient.dateOfBirth), gestationalAgeDays: patient.gestationalAgeDays };
}

export type RecordSessionResult = {
  courseId: string;
  /** Recorded minutes far above the plan or the age's limit: recorded anyway, with this warning. */
  minutesWarning: string | null;
  /** The date of the session added at the end, when one was. */
  makeUpOn: IsoDate | null;
  /** When the child was unwell: the new date of the next session, after the shift. */
  resumesOn: IsoDate | null;
  isCourseComplete: boolean;
};

/**
 * Records what happened to one session: by the assigned therapist for a clinic session, by a
 * guardian for a home session (see sessionOutcomes and applySessionOutcome for the rules).
 */
export async function recordSession(
  actor: Actor,
  outcome: SessionOutcome,
  today: IsoDate,
): Promise<RecordSessionResult> {
  authorizeAny(actor, ['RECORD_CLINIC_SESSION', 'RECORD_HOME_SESSION']);
  return recordSessionAs(
    { scope: recordableSessionScope(actor), auditActor: actor, stamp: { recordedById: actor.id } },
    outcome,
    today,
  );
}

/** Who records: the sessions they reach, the audit row's actor, and what the session keeps of them. */
export type Recorder = {
  scope: Prisma.SessionWhereInput;
  auditActor: AuditActor;
  stamp: { recordedById: string } | { recordedByCareLinkId: string; recordedByCaregiverName: string };
};

/**
 * The one path every recording takes, whoever records, so a caregiver's link goes through the
 * same rules as a parent. Callers authorize first and pass the scope of what the recorder reaches.
 */
export async function recordSessionAs(
  recorder: Recorder,
  outcome: SessionOutcome,
  today: IsoDate,
): Promise<RecordSessionResult> {
  const defaults = await getClinicDefaults();
  return db.$transaction(async (tx) => {
    await lockCourse(tx, { sessionId: outcome.sessionId });
    // Read under the lock, in scope: the course may have gone to another therapist meanwhile.
    const session = await tx.session.findFirst({
      where: { AND: [{ id: outcome.sessionId }, recorder.scope] },
      select: {
        id: true,
        scheduledOn: true,
        status: true,
        location: true,
        plannedMinutes: true,
        course: {
          select: {
            id: true,
            patientId: true,
            status: true,
            therapistId: true,
            location: true,
            patient: { select: { dateOfBirth: true, gestationalAgeDays: true } },
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
    if (!session) throw notFound('SESSION', outcome.sessionId);
    const { course } = session;

    const facts = {
      status: session.status,
      courseStatus: course.status,
      scheduledOn: toIsoDate(session.scheduledOn),
      today,
    };
    const refusal = sessionOutcomes(facts).refusals[outcome.outcome];
    if (refusal)
      throw new AppError(refusal.reason === 'ALREADY_RECORDED' ? 'CONFLICT' : 'INVALID_STATE', refusal.message);
    const unconfirmed = wellTodayRefusal(facts, outcome);
    if (unconfirmed) throw new AppError('INVALID_STATE', unconfirmed.message, { wellToday: [unconfirmed.message] });

    const sessions = course.sessions.map((other) => ({ ...other, scheduledOn: toIsoDate(other.scheduledOn) }));
    const applied = applySessionOutcome(
      { rules: scheduleRulesOf(course), sessionCount: course.sessionCount, sessions },
      session.id,
      outcome,
      today,
    );

    const recordedAt = new Date();
    // The well-today check, when it was made (today's session only: see asksWellToday).
    const wellConfirmedAt = outcome.outcome === 'DONE' && outcome.wellToday ? recordedAt : undefined;
    await tx.session.update({
      where: { id: session.id },
      data: { ...applied.session, ...recorder.stamp, recordedAt, wellConfirmedAt },
    });
    // Moved and added sessions keep the course's time where the therapist is free (place-session-times.ts).
    const time = await courseTimeOf(tx, course.id);
    const movedTimes = await placeSessionTimes(
      tx,
      course,
      time,
      applied.moved.map((moved) => moved.scheduledOn),
      applied.moved.map((moved) => moved.id),
    );
    await rescheduleSessions(
      tx,
      applied.moved.map((moved, index) => ({
        id: moved.id,
        scheduledOn: movedTimes?.[index]?.date ?? moved.scheduledOn,
        ...timeColumns(movedTimes?.[index], course, time?.room ?? null),
      })),
    );
    await replanSessionMinutes(tx, applied.replanned);
    if (applied.makeUpOn) {
      const [placed] = (await placeSessionTimes(tx, course, time, [applied.makeUpOn])) ?? [];
      await tx.session.create({
        data: {
          courseId: course.id,
          scheduledOn: fromIsoDate(placed?.date ?? applied.makeUpOn),
          ...timeColumns(placed, course, time?.room ?? null),
          location: session.location,
          isMakeUp: true,
          plannedMinutes: applied.makeUpPlannedMinutes ?? session.plannedMinutes,
        },
      });
    }
    if (applied.isCourseComplete) {
      await tx.course.update({ where: { id: course.id }, data: { status: 'COMPLETED', completedAt: new Date() } });
      await refreshNextCourseDue(tx, course.patientId);
    }
    await raiseAlerts(
      tx,
      { patientId: course.patientId, courseId: course.id, sessionId: session.id },
      alertsForRecordedSession({
        outcome: outcome.outcome,
        location: session.location,
        isCourseComplete: applied.isCourseComplete,
      }),
    );
    await recordAudit(tx, recorder.auditActor, {
      action: 'UPDATE',
      subject: { type: 'SESSION', id: session.id },
      patientId: course.patientId,
    });
    const minutesWarning =
      applied.session.status === 'DONE'
        ? recordedMinutesWarning(
            applied.session.actualMinutes,
            session.plannedMinutes,
            maxSessionMinutesOn(childOf(course.patient), facts.scheduledOn, defaults),
          )
        : null;
    return {
      courseId: course.id,
      minutesWarning,
      makeUpOn: applied.makeUpOn,
      resumesOn: applied.resumesOn,
      isCourseComplete: applied.isCourseComplete,
    };
  });
}
