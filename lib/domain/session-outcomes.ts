import { translatable } from '@/lib/i18n/translatable';
import { addDays, type IsoDate } from './calendar-date';
import type { CourseStatus } from './course-changes';
import { courseProgress, type SessionStatus } from './course-progress';
import { CONTRAINDICATIONS, type ContraindicationId } from './rules';
import { extendSchedule, rescheduleFrom, type ScheduleRules } from './schedule';

/** What can be recorded for a session, with what each outcome carries. */
export type SessionOutcome =
  /**
   * Done. For today's session whoever does it first confirms the child is well (domain.md); an
   * earlier session recorded afterwards cannot be confirmed now (see asksWellToday).
   */
  | {
      outcome: 'DONE';
      wellToday: boolean;
      actualMinutes: number | null;
      tolerance: 'GOOD' | 'FUSSY' | 'STOPPED_EARLY';
      notes: string;
    }
  | { outcome: 'MISSED'; notes: string }
  | { outcome: 'POSTPONED'; reason: string }
  /** The child is not well today (fever, infection…): postpone and shift the rest of the course. */
  | { outcome: 'UNWELL'; conditions: ContraindicationId[] };

export type OutcomeKind = SessionOutcome['outcome'];

/** What the decision needs to know about a session, whoever asks. */
export type SessionFacts = { status: SessionStatus; courseStatus: CourseStatus; scheduledOn: IsoDate; today: IsoDate };

export type SessionRefusal = {
  /** ALREADY_RECORDED is a conflict with another recording; the others are the session's state. */
  reason: 'ALREADY_RECORDED' | 'COURSE_CLOSED' | 'NOT_YET' | 'NOT_TODAY' | 'NOT_CONFIRMED_WELL';
  /** A catalog reference (lib/i18n/translatable.ts), translated where it is shown. */
  message: string;
};

const CLOSED_COURSE = {
  COMPLETED: translatable('errors.refusal.recording.courseCompleted'),
  CANCELLED: translatable('errors.refusal.recording.courseCancelled'),
} as const satisfies Record<Exclude<CourseStatus, 'ACTIVE'>, string>;

const NOT_YET: SessionRefusal = { reason: 'NOT_YET', message: translatable('errors.refusal.recording.notYet') };
// "Not well today" is a report about today's session; an older one is missed instead.
const NOT_TODAY: SessionRefusal = { reason: 'NOT_TODAY', message: translatable('errors.refusal.recording.notToday') };

/**
 * "The baby is well today" is asked before today's session only (domain.md, "Timing rules": massage
 * only when the baby is well): a session recorded afterwards took place on another day, when the
 * question can no longer be answered truthfully.
 */
export function asksWellToday(facts: Pick<SessionFacts, 'scheduledOn' | 'today'>): boolean {
  return facts.scheduledOn === facts.today;
}

/** A field's message, which the recording form's schema also gives (lib/validation/session.ts). */
export const NOT_CONFIRMED_WELL_MESSAGE = translatable('validation.session.wellToday');

/** Today's session done without the well-today check: refused, whatever the form sent. */
export function wellTodayRefusal(
  facts: Pick<SessionFacts, 'scheduledOn' | 'today'>,
  outcome: SessionOutcome,
): SessionRefusal | null {
  return outcome.outcome === 'DONE' && asksWellToday(facts) && !outcome.wellToday
    ? { reason: 'NOT_CONFIRMED_WELL', message: NOT_CONFIRMED_WELL_MESSAGE }
    : null;
}

export type SessionOutcomes = {
  /** Why nothing can be recorded for this session any more; null while it is open. */
  closed: SessionRefusal | null;
  /** For each outcome, null when it may be recorded now, or why not. */
  refusals: Record<OutcomeKind, SessionRefusal | null>;
};

/**
 * Which outcomes a session takes now. The recording page and the parent's calendar ask it what to
 * offer and what to say; recordSession asks it again under the course lock before it writes.
 */
export function sessionOutcomes(facts: SessionFacts): SessionOutcomes {
  const closed =
    facts.status !== 'SCHEDULED'
      ? {
          reason: 'ALREADY_RECORDED' as const,
          message: translatable('errors.refusal.recording.alreadyRecorded', { status: facts.status }),
        }
      : facts.courseStatus !== 'ACTIVE'
        ? { reason: 'COURSE_CLOSED' as const, message: CLOSED_COURSE[facts.courseStatus] }
        : null;
  const refusal = (outcome: OutcomeKind): SessionRefusal | null => {
    if (closed) return closed;
    if (outcome !== 'POSTPONED' && facts.scheduledOn > facts.today) return NOT_YET;
    if (outcome === 'UNWELL' && facts.scheduledOn !== facts.today) return NOT_TODAY;
    return null;
  };
  return {
    closed,
    refusals: {
      DONE: refusal('DONE'),
      MISSED: refusal('MISSED'),
      POSTPONED: refusal('POSTPONED'),
      UNWELL: refusal('UNWELL'),
    },
  };
}

/** A course as recording one of its sessions needs it. */
export type CourseUnderRecording = {
  rules: ScheduleRules;
  sessionCount: number;
  /** Every session, in date order. */
  sessions: readonly { id: string; scheduledOn: IsoDate; status: SessionStatus; plannedMinutes: number }[];
};

/** The recorded session's new fields, apart from who recorded it and when. DONE implies the well-today check. */
export type RecordedFields =
  | { status: 'DONE'; actualMinutes: number | null; tolerance: 'GOOD' | 'FUSSY' | 'STOPPED_EARLY'; notes: string }
  | { status: 'MISSED'; notes: string }
  | { status: 'POSTPONED'; reason: string };

export type AppliedOutcome = {
  session: RecordedFields;
  /** Later sessions that move to a new date (after "not well today"). */
  moved: { id: string; scheduledOn: IsoDate }[];
  /** The date of the session added at the end, when one is. */
  makeUpOn: IsoDate | null;
  /** The planned minutes of the session added at the end, when one is. */
  makeUpPlannedMinutes: number | null;
  /** Later sessions whose planned minutes change: each takes the plan of the one before it. */
  replanned: { id: string; plannedMinutes: number }[];
  /** When the child was unwell: the new date of the next session, after the shift. */
  resumesOn: IsoDate | null;
  isCourseComplete: boolean;
};

function recordedFields(outcome: SessionOutcome): RecordedFields {
  switch (outcome.outcome) {
    case 'DONE':
      return {
        status: 'DONE',
        actualMinutes: outcome.actualMinutes,
        tolerance: outcome.tolerance,
        notes: outcome.notes,
      };
    case 'MISSED':
      return { status: 'MISSED', notes: outcome.notes };
    case 'POSTPONED':
      return { status: 'POSTPONED', reason: outcome.reason };
    case 'UNWELL': {
      const labels = outcome.conditions.map((id) => CONTRAINDICATIONS[id].label);
      return { status: 'POSTPONED', reason: `Not well today: ${labels.join('; ')}` };
    }
    default: {
      const unknown: never = outcome;
      throw new Error(`Unknown session outcome ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * What recording an allowed outcome does to the course. A missed or postponed session does not
 * shorten the course: a make-up session is added after the last one, continuing the course's
 * frequency and rest breaks. "Not well today" moves the rest of the course on from tomorrow
 * instead. The course completes itself when its count of sessions is done.
 */
export function applySessionOutcome(
  course: CourseUnderRecording,
  sessionId: string,
  outcome: SessionOutcome,
  today: IsoDate,
): AppliedOutcome {
  const session = recordedFields(outcome);
  const recorded = course.sessions.find((other) => other.id === sessionId);
  if (!recorded) throw new Error(`Session ${sessionId} is not part of this course`);
  const statuses = course.sessions.map((other) => (other.id === sessionId ? session.status : other.status));
  const { isComplete } = courseProgress(statuses, course.sessionCount);
  if (session.status === 'DONE') {
    return { session, moved: [], makeUpOn: null, ...NO_REPLAN, resumesOn: null, isCourseComplete: isComplete };
  }
  const later = course.sessions.filter(
    (other) => other.status === 'SCHEDULED' && other.id !== sessionId && other.scheduledOn > recorded.scheduledOn,
  );
  const plan = shiftPlans(recorded, later);

  if (outcome.outcome === 'UNWELL') {
    // The later sessions take the first new dates, keeping the rhythm and rest breaks, and one
    // more session closes the course.
    const doneDates = course.sessions.filter((other) => other.status === 'DONE').map((other) => other.scheduledOn);
    const newDates = rescheduleFrom(course.rules, doneDates, addDays(today, 1), later.length + 1);
    const moved = later.map((other, index) => ({ id: other.id, scheduledOn: newDates[index] as IsoDate }));
    return {
      session,
      moved,
      makeUpOn: newDates.at(-1) as IsoDate,
      ...plan,
      resumesOn: newDates[0] as IsoDate,
      isCourseComplete: isComplete,
    };
  }
  const makeUpOn = extendSchedule(
    course.rules,
    course.sessions.map((other) => other.scheduledOn),
    1,
  )[0] as IsoDate;
  return { session, moved: [], makeUpOn, ...plan, resumesOn: null, isCourseComplete: isComplete };
}

const NO_REPLAN: Pick<AppliedOutcome, 'makeUpPlannedMinutes' | 'replanned'> = {
  makeUpPlannedMinutes: null,
  replanned: [],
};

/**
 * A session that did not take place did not lengthen the child's massage: the sessions still to
 * come each take the plan of the one before them, and the make-up session at the end takes the
 * last plan, so the minutes keep growing one step per session actually done.
 */
function shiftPlans(
  recorded: { plannedMinutes: number },
  later: readonly { id: string; plannedMinutes: number }[],
): Pick<AppliedOutcome, 'makeUpPlannedMinutes' | 'replanned'> {
  const plans = [recorded.plannedMinutes, ...later.map((other) => other.plannedMinutes)];
  const replanned = later
    .map((other, index) => ({ id: other.id, plannedMinutes: plans[index] as number }))
    .filter((other, index) => other.plannedMinutes !== later[index]?.plannedMinutes);
  return { makeUpPlannedMinutes: plans.at(-1) as number, replanned };
}
