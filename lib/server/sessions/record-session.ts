import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { addDays, fromIsoDate, toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { courseProgress } from '@/lib/domain/course-progress';
import { CONTRAINDICATIONS, type ContraindicationId } from '@/lib/domain/rules';
import { extendSchedule, rescheduleFrom } from '@/lib/domain/schedule';
import { AppError, notFound } from '@/lib/errors';
import type { CourseStatus } from '@/lib/generated/prisma/client';
import { recordableSessionScope } from '@/lib/server/access';
import { scheduleRulesOf } from '@/lib/server/courses/course-rules';

export type SessionOutcome =
  /** Done, after whoever did it confirmed the child was well beforehand (domain.md). */
  | { sessionId: string; outcome: 'DONE'; wellToday: true; actualMinutes: number | null; tolerance: 'GOOD' | 'FUSSY' | 'STOPPED_EARLY'; notes: string }
  | { sessionId: string; outcome: 'MISSED'; notes: string }
  | { sessionId: string; outcome: 'POSTPONED'; reason: string }
  /** The child is not well today (fever, infection…): postpone and shift the rest of the course. */
  | { sessionId: string; outcome: 'UNWELL'; conditions: ContraindicationId[] };

export type RecordSessionResult = {
  courseId: string;
  /** The date of the session added at the end, when one was. */
  makeUpOn: IsoDate | null;
  /** When the child was unwell: the new date of the next session, after the shift. */
  resumesOn: IsoDate | null;
  isCourseComplete: boolean;
};

const STATUS_WORDS = { DONE: 'done', MISSED: 'missed', POSTPONED: 'postponed', SCHEDULED: 'scheduled' } as const;

/** Why a session of a course that is no longer active cannot be recorded; the session page says the same. */
export const CLOSED_COURSE_MESSAGES = {
  COMPLETED: 'This course is completed, so its sessions cannot be changed.',
  CANCELLED: 'This course was cancelled, so its sessions can no longer be recorded.',
} as const satisfies Record<Exclude<CourseStatus, 'ACTIVE'>, string>;

/**
 * Records what happened to one session: by the assigned therapist for a clinic session, by a
 * guardian for a home session. A missed or postponed session does not shorten the course: a
 * make-up session is added after the last one, continuing the course's frequency and rest
 * breaks. The course completes itself when its count of sessions is done.
 */
export async function recordSession(actor: Actor, outcome: SessionOutcome, today: IsoDate): Promise<RecordSessionResult> {
  return db.$transaction(async (tx) => {
    const reachable = await tx.session.findFirst({ where: { id: outcome.sessionId, ...recordableSessionScope(actor) }, select: { courseId: true } });
    if (!reachable) throw notFound('The session');
    // One change to a course at a time: the make-up date, the completion, a cancellation and a
    // new therapist all depend on the course as it stands, so two changes must not miss each other.
    await tx.$executeRaw`SELECT 1 FROM "Course" WHERE "id" = ${reachable.courseId} FOR UPDATE`;
    // Read again under the lock, in scope again: the course may have gone to another therapist.
    const session = await tx.session.findFirst({
      where: { id: outcome.sessionId, ...recordableSessionScope(actor) },
      include: { course: { include: { sessions: { select: { id: true, scheduledOn: true, status: true }, orderBy: { scheduledOn: 'asc' } } } } },
    });
    if (!session) throw notFound('The session');
    const { course } = session;
    if (course.status !== 'ACTIVE') throw new AppError('INVALID_STATE', CLOSED_COURSE_MESSAGES[course.status]);
    if (session.status !== 'SCHEDULED') {
      throw new AppError('CONFLICT', `This session was already recorded as ${STATUS_WORDS[session.status]}.`);
    }
    const scheduledOn = toIsoDate(session.scheduledOn);
    if (outcome.outcome !== 'POSTPONED' && scheduledOn > today) {
      throw new AppError('INVALID_STATE', 'This session is in the future: it can only be postponed for now.');
    }
    // "Not well today" is a report about today's session; an older one is missed instead.
    if (outcome.outcome === 'UNWELL' && scheduledOn !== today) {
      throw new AppError('INVALID_STATE', 'Only today’s session can be postponed as "not well today"; mark an earlier one as missed.');
    }

    const recorded = { recordedById: actor.id, recordedAt: new Date() };
    const data = sessionUpdate(outcome, recorded);
    // The course lock makes a second recording of this session wait, then find it recorded above.
    await tx.session.update({ where: { id: session.id }, data });

    const statuses = course.sessions.map((other) => (other.id === session.id ? data.status : other.status));
    const progress = courseProgress(statuses, course.sessionCount);

    const rules = scheduleRulesOf(course);
    let makeUpOn: IsoDate | null = null;
    let resumesOn: IsoDate | null = null;
    if (outcome.outcome === 'UNWELL') {
      // The rest of the course moves on from tomorrow, keeping its rhythm and rest breaks:
      // the later sessions take the first new dates and one more session closes the course.
      const doneDates = course.sessions.filter((other) => other.status === 'DONE').map((other) => toIsoDate(other.scheduledOn));
      const later = course.sessions.filter((other) => other.status === 'SCHEDULED' && other.id !== session.id && other.scheduledOn > session.scheduledOn);
      const newDates = rescheduleFrom(rules, doneDates, addDays(today, 1), later.length + 1);
      for (const [index, other] of later.entries()) {
        await tx.session.update({ where: { id: other.id }, data: { scheduledOn: fromIsoDate(newDates[index] as IsoDate) } });
      }
      makeUpOn = newDates.at(-1) as IsoDate;
      resumesOn = newDates[0] as IsoDate;
    } else if (data.status !== 'DONE') {
      const allDates = course.sessions.map((other) => toIsoDate(other.scheduledOn));
      [makeUpOn] = extendSchedule(rules, allDates, 1) as [IsoDate];
    }
    if (makeUpOn) {
      await tx.session.create({ data: { courseId: course.id, scheduledOn: fromIsoDate(makeUpOn), location: session.location, isMakeUp: true } });
    }
    if (progress.isComplete) {
      // Read under the lock, the course is still active: a cancellation waits for this to commit.
      await tx.course.update({ where: { id: course.id }, data: { status: 'COMPLETED', completedAt: new Date() } });
    }
    return { courseId: course.id, makeUpOn, resumesOn, isCourseComplete: progress.isComplete };
  });
}

type Recorded = { recordedById: string; recordedAt: Date };

function sessionUpdate(outcome: SessionOutcome, recorded: Recorded) {
  switch (outcome.outcome) {
    case 'DONE':
      return {
        status: 'DONE' as const,
        actualMinutes: outcome.actualMinutes,
        tolerance: outcome.tolerance,
        notes: outcome.notes,
        wellConfirmedAt: recorded.recordedAt,
        ...recorded,
      };
    case 'MISSED':
      return { status: 'MISSED' as const, notes: outcome.notes, ...recorded };
    case 'POSTPONED':
      return { status: 'POSTPONED' as const, reason: outcome.reason, ...recorded };
    case 'UNWELL': {
      const labels = outcome.conditions.map((id) => CONTRAINDICATIONS[id].label);
      return { status: 'POSTPONED' as const, reason: `Not well today: ${labels.join('; ')}`, ...recorded };
    }
    default: {
      const unknown: never = outcome;
      throw new Error(`Unknown session outcome ${JSON.stringify(unknown)}`);
    }
  }
}
