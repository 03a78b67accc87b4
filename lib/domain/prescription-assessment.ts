import { ageForRules, ageOn } from './age';
import type { IsoDate } from './calendar-date';
import {
  checkAgeGate,
  checkRoutine,
  type AgeGateResult,
  type BodyArea,
  proposeRoutine,
  screen,
  sessionMinutesRange,
  type ClinicDefaults,
  type IndicationKind,
  type RoutineContext,
  type RoutineStep,
  type ScreeningAnswers,
  type ScreeningOutcome,
} from './rules';

/**
 * The clinical check of a prescription before it is saved: the contraindication screening, the
 * age gate on corrected age at the start date, the start date against temporary
 * contraindications, and the routine (proposed, or the doctor's edit re-checked). Every refusal
 * names the form field it belongs to, so the doctor sees it beside that field.
 */
/** What the rules need to know about the child. */
export type ChildFacts = {
  dateOfBirth: IsoDate;
  gestationalAgeWeeks: number | null;
  umbilicalWoundHealedOn: IsoDate | null;
};

export type RoutineSetting = {
  /** Corrected age for a premature baby, on the start date. */
  ageDays: number;
  gate: AgeGateResult;
  context: RoutineContext;
  /** The longest session at this age under the clinic's settings. */
  maxMinutes: number;
};

/**
 * The child as the rules see them on the course's start date. The server's check and the
 * prescribe form's live preview both start here, so the proposal on screen is the one saved.
 */
export function routineSettingOn(
  child: ChildFacts,
  startDate: IsoDate,
  indicationKind: IndicationKind,
  excludedAreas: readonly BodyArea[],
  defaults: ClinicDefaults,
): RoutineSetting {
  const ageDays = ageForRules(ageOn(child.dateOfBirth, startDate, child.gestationalAgeWeeks));
  const umbilicalWoundHealed = child.umbilicalWoundHealedOn !== null && child.umbilicalWoundHealedOn <= startDate;
  const gate = checkAgeGate(ageDays, defaults, { umbilicalWoundHealed });
  return {
    ageDays,
    gate,
    context: { ageDays, indicationKind, excludedAreas, tummyAllowed: gate.tummyAllowed, defaults },
    maxMinutes: sessionMinutesRange(Math.max(ageDays, 0), defaults).max,
  };
}

export type PrescriptionAssessmentInput = {
  today: IsoDate;
  startDate: IsoDate;
  child: ChildFacts;
  indicationKind: IndicationKind;
  diagnosis: string;
  answers: ScreeningAnswers;
  minutesPerSession: number;
  /** The doctor's edited routine, or null to take the proposal as it is. */
  routine: RoutineStep[] | null;
  defaults: ClinicDefaults;
};

export type PrescriptionAssessment =
  | { ok: true; ageDays: number; screening: ScreeningOutcome; routine: RoutineStep[]; warnings: string[] }
  | { ok: false; message: string; fieldErrors: Record<string, string[]> };

export function assessPrescription(input: PrescriptionAssessmentInput): PrescriptionAssessment {
  const fieldErrors: Record<string, string[]> = {};
  const addError = (field: string, message: string) => (fieldErrors[field] ??= []).push(message);

  const screening = screen(input.answers, { indicationKind: input.indicationKind });
  switch (screening.verdict) {
    case 'BLOCKED':
      for (const reason of screening.blocked) addError('screening', reason.message);
      return { ok: false, message: 'A contraindication blocks this course.', fieldErrors };
    case 'INCOMPLETE':
      addError('screening', 'Answer every item of the contraindication checklist.');
      return { ok: false, message: 'The contraindication checklist is not complete.', fieldErrors };
    case 'POSTPONE':
      // The course is kept, but cannot start until the baby has recovered.
      if (input.startDate <= input.today) {
        for (const reason of screening.postponeStart) addError('startDate', `${reason.label}: choose a start date after recovery, not today.`);
      }
      break;
    case 'PROCEED':
      break;
    default: {
      const unknown: never = screening.verdict;
      throw new Error(`Unknown screening verdict ${String(unknown)}`);
    }
  }

  const { ageDays, gate, context, maxMinutes } = routineSettingOn(input.child, input.startDate, input.indicationKind, screening.excludedAreas, input.defaults);
  if (!gate.allowed) addError('startDate', gate.message);
  if (input.minutesPerSession > maxMinutes) {
    addError('minutesPerSession', `At this age a session lasts at most ${maxMinutes} minutes.`);
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, message: 'This course cannot be prescribed as it is.', fieldErrors };

  const routine = input.routine ?? proposeRoutine({ ...context, diagnosis: input.diagnosis });
  const check = checkRoutine(routine, context);
  if (!check.ok) {
    for (const violation of check.violations) addError(violation.stepIndex === null ? 'routine' : `routine.${violation.stepIndex}`, violation.message);
    return { ok: false, message: 'The routine breaks a rule; see the steps marked below.', fieldErrors };
  }

  const warnings = [...screening.warnings, ...(gate.level === 'WARN' ? [gate.message] : [])];
  return { ok: true, ageDays, screening, routine, warnings };
}
