import { compareIsoDates, fromIsoDate, isIsoDate, type IsoDate, type Weekday } from '@/lib/domain/calendar-date';
import { translatable } from '@/lib/i18n/translatable';
import { ruleDirectionReference } from '@/lib/i18n/rule-direction-keys';
import { translatableList } from '@/lib/i18n/translatable-list';
import {
  checkRoutine,
  conditionsFromScreening,
  CONTRAINDICATION_IDS,
  homeDeliveryRefusals,
  isContraindicationId,
  nextCourseBreakDays,
  planCourseMinutes,
  planRoutine,
  restBreakBreach,
  screen,
  stepsAvailableToAdd,
  type ClinicDefaults,
  type ContraindicationId,
  type DroppedStep,
  type RoutineStep,
  type TherapeuticConditionCode,
  type RoutineViolation,
  type ScreeningAnswers,
  type ScreeningOutcome,
} from '@/lib/domain/rules';
import type { Frequency } from '@/lib/domain/schedule';
import { hasRoomChoice, type Booking, type ClinicDay } from '@/lib/domain/clinic-day';
import { describeDroppedStep, totalMinutes } from './routine-words';
import { planSessionTimes, type SessionTimes } from './session-times';
import {
  ageDaysOn,
  ageMonthsOn,
  maxSessionMinutesAt,
  routineSettingOn,
  type ChildFacts,
  type RoutineSetting,
} from './child-facts';
import { COURSE_LIMITS, SESSION_LOCATIONS, type SessionLocation } from './course-limits';
import { conditionsOfIndication, type IndicationFacts } from './indication-conditions';
import {
  BEFORE_BIRTH_MESSAGE,
  draftSchedule,
  isBeforeBirth,
  isBlank,
  nextCourseFrom,
  wholeNumberIn,
  type NumberField,
  type ScheduleDraft,
  type ScheduleFields,
} from './schedule-draft';

/**
 * Prescribing a course, decided in one place. The prescribe form calls this on every change to
 * show the schedule, the proposed (or edited) routine, the suggested minutes and break and the
 * screening's consequences; the use case calls it with the parsed form to refuse with the same
 * messages, or to write exactly what it returns. Neither restates a rule.
 *
 * The refusal comes in the order the doctor can act on it: the indication, the start date against
 * the birth date, the therapist, the screening, the age gate and the session length, and last the
 * routine (its messages name steps, which only make sense once the rest stands).
 */

/** The form's fields, as typed (strings) or as parsed (numbers). */
export type PrescriptionValues = ScheduleFields & {
  location: string;
  /** Null: follow the routine's total, rounded up (see `suggestedMinutesPerSession`). */
  minutesPerSession: NumberField;
  /** Null: follow the rule book's break for this indication and age. */
  breakAfterDays: NumberField;
  therapistId?: string | null;
  /** The first clinic session's start, "HH:MM", chosen from the therapist's free slots. */
  startTime?: string;
  /** The room, where the clinic has several. */
  room?: string;
  homeRoutineNotes: string;
  /** The checklist items ticked as present; every other item was screened and is absent. */
  contraindications: readonly string[];
  /** The doctor's edit of the routine; null takes the proposal. */
  routine?: readonly RoutineStep[] | null;
};

export type PrescriptionInput = {
  values: PrescriptionValues;
  child: ChildFacts;
  /** The chosen indication; null until one is chosen. */
  indication: (IndicationFacts & { isResolved: boolean; hasRunningCourse: boolean }) | null;
  /** Whether `values.therapistId` names one of the clinic's active therapists. */
  isTherapistKnown: boolean;
  defaults: ClinicDefaults;
  today: IsoDate;
  /** Opening hours, slot length and rooms, and the chosen therapist's bookings (null until loaded). */
  clinicDay: ClinicDay;
  bookings: readonly Booking[] | null;
};

export type RoutinePlan =
  | { status: 'NO_INDICATION' }
  | { status: 'NO_START_DATE' }
  | (RoutineSetting & {
      status: 'READY';
      proposal: RoutineStep[];
      /** Steps the course's conditions would have added or kept, left out, with the reason. */
      dropped: DroppedStep[];
    });

export type PrescriptionPreview = {
  schedule: ScheduleDraft;
  /** The break as it will be stored (typed, or the suggestion), when it can be read. */
  breakAfterDays: number | null;
  nextCourseFrom: IsoDate | null;
  suggestedBreakAfterDays: number;
  /** Before an indication is chosen, judged as for a therapeutic course: professional-only items are described, not refused. */
  screening: ScreeningOutcome;
  /** The start date when it is after today: a temporary contraindication lets a course start only then. */
  laterStart: IsoDate | null;
  routine: RoutinePlan;
  /** The routine that would be stored: the doctor's edit, else the proposal. */
  steps: RoutineStep[];
  violations: RoutineViolation[];
  /** What the doctor may add to `steps` (see `stepsAvailableToAdd`); none until the routine is ready. */
  stepsToAdd: RoutineStep[];
  /** The longest session at the start date's age (today's until the start date can be used). */
  maxMinutes: number;
  suggestedMinutesPerSession: number;
  /** Each dated session's planned minutes, growing from the first-session length; null until they can be read. */
  plannedMinutes: number[] | null;
  /** A start date in the past: the sessions that would already be overdue, and the warning naming them. */
  overdue: { sessions: { number: number; date: IsoDate }[]; message: string } | null;
  /** Clinic sessions' times: the free slots to choose from and each session's date and time. */
  times: SessionTimes;
};

export type PrescriptionWrite = {
  course: {
    sessionCount: number;
    frequency: Frequency;
    weekdays: Weekday[];
    restAfterEvery: number | null;
    restDays: number;
    daysOff: Weekday[];
    startDate: IsoDate;
    location: SessionLocation;
    minutesPerSession: number;
    therapistId: string | null;
    homeRoutineNotes: string;
    breakAfterDays: number;
  };
  /** The stored screening, less who screened (the use case knows the actor). */
  screening: {
    screenedOn: IsoDate;
    answers: ScreeningAnswers;
    excludedAreas: ScreeningOutcome['excludedAreas'];
    postponedFor: string[];
    warnings: string[];
  };
  routine: RoutineStep[];
  /** Clinic sessions carry their time and room; home sessions none. */
  sessions: {
    scheduledOn: IsoDate;
    plannedMinutes: number;
    startMinute: number | null;
    endMinute: number | null;
    room: string | null;
  }[];
};

/** Every message below is a catalog reference (lib/i18n/translatable.ts), translated where it is shown. */
export type PrescriptionDecision = {
  preview: PrescriptionPreview;
  warnings: string[];
  /** What the form's message says when the prescription is refused; null when it is not. */
  message: string | null;
  /** Every refusal, beside the form field it belongs to (`routine.3` is the fourth step). */
  fieldErrors: Record<string, string[]>;
  /** What to store; null while something is refused or cannot be read yet. */
  write: PrescriptionWrite | null;
};

/** The form's message when a field is refused, or cannot be read yet (the schema names which). */
export const CORRECT_FIELDS = translatable('prescription.decision.correctFields');
/** One course at a time treats an indication: the next comes after it ends, or is cancelled. */
export const RUNNING_COURSE_MESSAGE = translatable('prescription.decision.runningCourse');

/** The checklist as the rule book reads it: every item answered, present or absent. */
export function screeningAnswers(present: readonly ContraindicationId[]): Record<ContraindicationId, boolean> {
  return Object.fromEntries(CONTRAINDICATION_IDS.map((id) => [id, present.includes(id)])) as Record<
    ContraindicationId,
    boolean
  >;
}

/** Quarter minutes add up exactly; the tolerance only absorbs hand-typed decimals such as 1.1. */
const MINUTES_TOLERANCE = 1e-9;

/** Minutes per session: the routine's total rounded up to a whole minute, never above the age's limit. */
export function suggestedMinutesPerSession(steps: readonly RoutineStep[], maxMinutes: number): number {
  const total = totalMinutes(steps);
  if (total <= 0) return maxMinutes;
  return Math.max(1, Math.min(Math.ceil(total - MINUTES_TOLERANCE), maxMinutes));
}

const OVERDUE_NAMED = 3;

/**
 * Sessions dated before today, when the course starts in the past: they would be overdue the
 * moment the course is saved (today's session is not overdue yet).
 */
export function overdueSessions(dates: readonly IsoDate[], today: IsoDate): PrescriptionPreview['overdue'] {
  const sessions = dates
    .map((date, index) => ({ number: index + 1, date }))
    .filter((session) => compareIsoDates(session.date, today) < 0);
  if (sessions.length === 0) return null;
  // The date as a UTC timestamp, formatted in the reader's language by the message (next-intl's time zone is UTC).
  // A course started weeks back would list every day of it: the message names the first few and counts the rest.
  const named = sessions.slice(0, OVERDUE_NAMED);
  const listed = named.map((session) =>
    translatable('prescription.decision.overdueSession', {
      number: session.number,
      date: fromIsoDate(session.date).getTime(),
    }),
  );
  return {
    sessions,
    message: translatable('prescription.decision.overdue', {
      count: sessions.length,
      sessions: translatableList(
        sessions.length > named.length
          ? [...listed, translatable('prescription.listMore', { count: sessions.length - named.length })]
          : listed,
        'and',
      ),
    }),
  };
}

function isSessionLocation(value: string): value is SessionLocation {
  return (SESSION_LOCATIONS as readonly string[]).includes(value);
}

/** Absent (null) takes the suggestion; anything typed, even an emptied field, must be a whole number within the limits. */
function orSuggested(
  value: NumberField,
  suggested: number,
  limits: { readonly min: number; readonly max: number },
): number | null {
  return value === null || value === undefined ? suggested : wholeNumberIn(value, limits);
}

/** The conditions a course treats: the indication's, and those its screening found (rickets, hernias). */
function courseConditions(indication: IndicationFacts, answers: ScreeningAnswers): TherapeuticConditionCode[] {
  const codes = [...conditionsOfIndication(indication), ...conditionsFromScreening(answers)];
  return codes.filter((code, index) => codes.indexOf(code) === index);
}

export function decidePrescription({
  values,
  child,
  indication,
  isTherapistKnown,
  defaults,
  today,
  clinicDay,
  bookings,
}: PrescriptionInput): PrescriptionDecision {
  const present = values.contraindications.filter(isContraindicationId);
  const answers = screeningAnswers(present);
  const screening = screen(answers, { indicationKind: indication?.kind ?? 'THERAPEUTIC' });
  const startDate = isIsoDate(values.startDate) ? values.startDate : null;
  const laterStart = startDate !== null && compareIsoDates(startDate, today) > 0 ? startDate : null;

  const conditions = indication === null ? [] : courseConditions(indication, answers);
  const atHome = values.location === 'HOME';

  const startAgeDays = startDate === null ? null : ageDaysOn(child, startDate);
  let routine: RoutinePlan;
  if (!indication) routine = { status: 'NO_INDICATION' };
  else if (startDate === null || startAgeDays === null) routine = { status: 'NO_START_DATE' };
  else {
    const setting = routineSettingOn(
      child,
      startDate,
      startAgeDays,
      { indicationKind: indication.kind, conditions, excludedAreas: screening.excludedAreas, atHome },
      defaults,
    );
    const plan = planRoutine(setting.context);
    routine = { status: 'READY', ...setting, proposal: plan.steps, dropped: plan.dropped };
  }
  const steps = values.routine ? [...values.routine] : routine.status === 'READY' ? routine.proposal : [];
  const violations = routine.status === 'READY' ? checkRoutine(steps, routine.context).violations : [];
  const stepsToAdd = routine.status === 'READY' ? stepsAvailableToAdd(steps, routine.context) : [];
  const maxMinutes =
    routine.status === 'READY' ? routine.maxMinutes : maxSessionMinutesAt(ageDaysOn(child, today), defaults);
  const suggestedMinutes = suggestedMinutesPerSession(steps, maxMinutes);

  const schedule = draftSchedule(values, child.dateOfBirth);
  // The course's end does not depend on the break, so the break can be suggested from it.
  const ageMonthsAtStart = schedule.ok ? ageMonthsOn(child, schedule.first) : null;
  const suggestedBreak =
    !schedule.ok || ageMonthsAtStart === null
      ? defaults.breakBetweenCoursesDays
      : nextCourseBreakDays({ startDate: schedule.first, lastSessionDate: schedule.last, ageMonthsAtStart }, defaults);
  const breakAfterDays = orSuggested(values.breakAfterDays, suggestedBreak, COURSE_LIMITS.breakAfterDays);
  const minutesPerSession = orSuggested(values.minutesPerSession, suggestedMinutes, COURSE_LIMITS.minutesPerSession);
  const plannedMinutes =
    schedule.ok && minutesPerSession !== null
      ? planCourseMinutes({
          sessionsDoneBefore: child.massageSessionsDone,
          ageDaysOnSessions: schedule.dates.map((date) => ageDaysOn(child, date) ?? 0),
          courseMinutes: minutesPerSession,
          defaults,
        })
      : null;
  const overdue = schedule.ok ? overdueSessions(schedule.dates, today) : null;
  const times = planSessionTimes({
    location: values.location,
    therapistId: values.therapistId || null,
    startTime: values.startTime ?? '',
    room: values.room ?? '',
    dates: schedule.ok ? schedule.dates : null,
    minutesPerSession,
    clinicDay,
    bookings,
  });

  const preview: PrescriptionPreview = {
    schedule,
    breakAfterDays,
    nextCourseFrom: schedule.ok ? nextCourseFrom(schedule.last, breakAfterDays) : null,
    suggestedBreakAfterDays: suggestedBreak,
    screening,
    laterStart,
    routine,
    steps,
    violations,
    stepsToAdd,
    maxMinutes,
    suggestedMinutesPerSession: suggestedMinutes,
    plannedMinutes,
    overdue,
    times,
  };

  const fieldErrors: Record<string, string[]> = {};
  const addError = (field: string, message: string) => (fieldErrors[field] ??= []).push(message);
  const refuse = (message: string): PrescriptionDecision => ({
    preview,
    warnings: [],
    message,
    fieldErrors,
    write: null,
  });

  if (indication?.isResolved) {
    addError('indicationId', translatable('prescription.decision.resolvedField'));
    return refuse(translatable('prescription.decision.resolved'));
  }
  if (indication?.hasRunningCourse) {
    addError('indicationId', RUNNING_COURSE_MESSAGE);
    return refuse(RUNNING_COURSE_MESSAGE);
  }
  if (isBeforeBirth(values.startDate, child)) {
    addError('startDate', BEFORE_BIRTH_MESSAGE);
    return refuse(CORRECT_FIELDS);
  }
  if (values.therapistId && !isTherapistKnown) {
    addError('therapistId', translatable('prescription.decision.chooseTherapist'));
    return refuse(CORRECT_FIELDS);
  }
  if (routine.status !== 'READY') return { preview, warnings: [], message: null, fieldErrors, write: null };

  switch (screening.verdict) {
    case 'BLOCKED':
      for (const reason of screening.blocked) addError('screening', reason.message);
      return refuse(translatable('prescription.decision.blocked'));
    case 'INCOMPLETE':
      addError('screening', translatable('prescription.decision.answerChecklist'));
      return refuse(translatable('prescription.decision.checklistIncomplete'));
    case 'POSTPONE':
      // The course is kept, but cannot start until the baby has recovered.
      if (laterStart === null) {
        for (const reason of screening.postponeStart)
          addError(
            'startDate',
            translatable('prescription.decision.postpone', {
              label: translatable(`rules.contraindications.${reason.itemId}`),
            }),
          );
      }
      break;
    case 'PROCEED':
      break;
    default: {
      const unknown: never = screening.verdict;
      throw new Error(`Unknown screening verdict ${String(unknown)}`);
    }
  }
  // Work the texts reserve for professionals is never prescribed for home (001, 002).
  if (atHome) for (const refusal of homeDeliveryRefusals(conditions)) addError('location', refusal.message);
  const restBreach = schedule.ok ? restBreakBreach(conditions, schedule.dates) : null;
  if (restBreach !== null) addError('restDays', restBreach);
  if (!routine.gate.allowed) addError('startDate', routine.gate.message);
  if (minutesPerSession !== null && minutesPerSession > routine.maxMinutes) {
    addError('minutesPerSession', translatable('prescription.decision.minutesTooLong', { max: routine.maxMinutes }));
  }
  if (times.status === 'READY') {
    if (times.roomProblem) addError('room', times.roomProblem);
    if (times.timeProblem) addError('startTime', times.timeProblem);
  }
  if (Object.keys(fieldErrors).length > 0) return refuse(translatable('prescription.decision.cannotPrescribe'));
  if (violations.length > 0) {
    for (const violation of violations)
      addError(violation.stepIndex === null ? 'routine' : `routine.${violation.stepIndex}`, violation.message);
    return refuse(translatable('prescription.decision.routineBreaksRule'));
  }

  const warnings = [
    ...(overdue ? [overdue.message] : []),
    ...screening.warnings,
    ...(routine.gate.level === 'WARN' ? [routine.gate.message] : []),
    // Stored with the course, so the therapist also sees what the conditions kept out and why;
    // the rule book's direction as a reference, so each reader reads it in their language.
    ...(values.routine
      ? []
      : routine.dropped.map((step) =>
          describeDroppedStep({ ...step, direction: ruleDirectionReference(step.direction) }),
        )),
  ];
  const sessionCount = wholeNumberIn(values.sessionCount, COURSE_LIMITS.sessionCount);
  const restDays = isBlank(values.restDays) ? 1 : wholeNumberIn(values.restDays, COURSE_LIMITS.restDays);
  if (
    !schedule.ok ||
    startDate === null ||
    sessionCount === null ||
    restDays === null ||
    minutesPerSession === null ||
    plannedMinutes === null ||
    breakAfterDays === null ||
    !isSessionLocation(values.location) ||
    (times.status !== 'NOT_NEEDED' && (times.status !== 'READY' || times.placed === null))
  ) {
    return { preview, warnings, message: null, fieldErrors, write: null };
  }
  const { frequency, weekdays, restAfterEvery, daysOff } = schedule.rules;
  return {
    preview,
    warnings,
    message: null,
    fieldErrors,
    write: {
      course: {
        sessionCount,
        frequency,
        weekdays,
        restAfterEvery,
        restDays,
        daysOff,
        startDate,
        location: values.location,
        minutesPerSession,
        therapistId: values.therapistId || null,
        homeRoutineNotes: values.homeRoutineNotes,
        breakAfterDays,
      },
      screening: {
        screenedOn: today,
        answers,
        excludedAreas: screening.excludedAreas,
        postponedFor: screening.postponeStart.map((reason) => reason.label),
        warnings,
      },
      routine: steps,
      sessions: schedule.dates.map((plannedOn, index) => {
        const placed = times.status === 'READY' ? times.placed?.[index] : undefined;
        return {
          // A full or closed day moved the session to the next day with a free slot.
          scheduledOn: placed?.date ?? plannedOn,
          plannedMinutes: plannedMinutes[index] ?? minutesPerSession,
          startMinute: placed?.start ?? null,
          endMinute: placed?.end ?? null,
          room: placed && times.status === 'READY' && hasRoomChoice(clinicDay) ? (values.room ?? null) : null,
        };
      }),
    },
  };
}
