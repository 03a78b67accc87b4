import { ageForRules, ageOn } from '@/lib/domain/age';
import { compareIsoDates, isIsoDate } from '@/lib/domain/calendar-date';
import { routineSettingOn, type ChildFacts, type RoutineSetting } from '@/lib/domain/prescription-assessment';
import {
  isContraindicationId,
  nextCourseBreakDays,
  proposeRoutine,
  screen,
  sessionMinutesRange,
  type ClinicDefaults,
  type ContraindicationId,
  type IndicationKind,
  type RoutineStep,
  type ScreeningOutcome,
} from '@/lib/domain/rules';
import { screeningAnswers } from '@/lib/validation/course';

/**
 * What the prescribe form shows before saving, worked out in the browser from the same
 * `routineSettingOn` the server's `assessPrescription` starts from, so the proposal on screen is
 * the one the server would store.
 */

export type PatientFacts = ChildFacts;

export type IndicationFacts = { kind: IndicationKind; diagnosis: string };

/** The age the rules use (corrected for a premature baby) on a date; null when the date cannot be used. */
export function ageDaysOn(patient: PatientFacts, date: string): number | null {
  if (!isIsoDate(date) || compareIsoDates(date, patient.dateOfBirth) < 0) return null;
  try {
    return ageForRules(ageOn(patient.dateOfBirth, date, patient.gestationalAgeWeeks));
  } catch {
    // An implausible recorded gestation: the server refuses too; nothing to propose.
    return null;
  }
}

export function presentItems(ticked: readonly string[]): ContraindicationId[] {
  return ticked.filter(isContraindicationId);
}

/** The screening as the server reads it: every item answered, the ticked ones present. */
export function screenTicked(ticked: readonly string[], kind: IndicationKind): ScreeningOutcome {
  return screen(screeningAnswers(presentItems(ticked)), { indicationKind: kind });
}

export type RoutinePlan =
  | { status: 'NO_INDICATION' }
  | { status: 'NO_START_DATE' }
  | (RoutineSetting & { status: 'READY'; proposal: RoutineStep[] });

type PlanInput = {
  patient: PatientFacts;
  indication: IndicationFacts | null;
  startDate: string;
  ticked: readonly string[];
  defaults: ClinicDefaults;
};

export function planRoutine({ patient, indication, startDate, ticked, defaults }: PlanInput): RoutinePlan {
  if (!indication) return { status: 'NO_INDICATION' };
  if (!isIsoDate(startDate) || ageDaysOn(patient, startDate) === null) return { status: 'NO_START_DATE' };
  const setting = routineSettingOn(patient, startDate, indication.kind, screenTicked(ticked, indication.kind).excludedAreas, defaults);
  return { status: 'READY', ...setting, proposal: proposeRoutine({ ...setting.context, diagnosis: indication.diagnosis }) };
}

/** The longest session at the child's age on a date; the youngest band's when the date cannot be used. */
export function maxSessionMinutesOn(patient: PatientFacts, date: string, defaults: ClinicDefaults): number {
  return sessionMinutesRange(Math.max(ageDaysOn(patient, date) ?? 0, 0), defaults).max;
}

/** Quarter minutes add up exactly; the tolerance only absorbs hand-typed decimals such as 1.1. */
const MINUTES_TOLERANCE = 1e-9;

export function totalMinutes(steps: readonly RoutineStep[]): number {
  return steps.reduce((sum, step) => sum + (Number.isFinite(step.minutes) ? step.minutes : 0), 0);
}

/** Minutes per session: the routine's total rounded up to a whole minute, never above the age's limit. */
export function suggestedMinutesPerSession(steps: readonly RoutineStep[], maxMinutes: number): number {
  const total = totalMinutes(steps);
  if (total <= 0) return maxMinutes;
  return Math.max(1, Math.min(Math.ceil(total - MINUTES_TOLERANCE), maxMinutes));
}

/**
 * The break before the next course for the indication and the child's age when the course
 * ends: quarterly for a preventive course ending in the first year (002), else the clinic's break.
 */
export function suggestedBreakDays(kind: IndicationKind | null, ageDaysAtEnd: number | null, defaults: ClinicDefaults): number {
  if (kind === null || ageDaysAtEnd === null) return defaults.breakBetweenCoursesDays;
  return nextCourseBreakDays(kind, ageDaysAtEnd, defaults);
}
