import { checkAgeGate } from './age-gates';
import { sessionMinutesRange } from './durations';
import { describeAgeDays, formatMinutes } from './format';
import { stepLimitBreaches } from './condition-limits';
import { directionPhraseProblems } from './direction-phrases';
import {
  NEW_EXERCISE_RULE,
  areaUnavailableReason,
  isExerciseNew,
  type RoutineContext,
  type RoutineStep,
} from './routine-steps';
import { catalogueEntryOf, stepTraits } from './step-traits';
import {
  BODY_AREAS,
  NEVER_MASSAGED_ZONES,
  TECHNIQUES,
  isBodyArea,
  isNeverMassagedZone,
  isTechnique,
  isTechniqueAllowedAtAge,
  isTechniqueUsedOnArea,
} from './techniques';

export type RoutineViolation = {
  /** Index into the steps; null when the routine as a whole is at fault. */
  stepIndex: number | null;
  message: string;
};

export type RoutineCheck = { ok: boolean; violations: RoutineViolation[] };

/** Quarter-minute sums are exact; the tolerance only absorbs hand-typed decimals. */
const MINUTES_TOLERANCE = 1e-9;

/**
 * Checks a routine, typically one a therapist has edited, against the rules of this
 * folder, and explains every problem in plain words. Steps arrive from a form, so their
 * area and technique are checked at run time too.
 */
export function checkRoutine(steps: readonly RoutineStep[], context: RoutineContext): RoutineCheck {
  const violations: RoutineViolation[] = [];
  const age = describeAgeDays(context.ageDays);

  const gate = checkAgeGate(context.ageDays, context.defaults, { umbilicalWoundHealed: context.tummyAllowed });
  if (!gate.allowed) violations.push({ stepIndex: null, message: gate.message });

  if (steps.length === 0) {
    violations.push({ stepIndex: null, message: 'The routine has no steps.' });
    return { ok: false, violations };
  }

  steps.forEach((step, stepIndex) => {
    const add = (message: string) => violations.push({ stepIndex, message: `Step ${stepIndex + 1}: ${message}` });
    const area: unknown = step.area;
    const technique: unknown = step.technique;

    if (isNeverMassagedZone(area)) {
      add(`never massaged in infants: ${NEVER_MASSAGED_ZONES[area].label.toLowerCase()}.`);
    } else if (!isBodyArea(area)) {
      add(`"${String(area)}" is not a body area that can be massaged.`);
    }
    if (!isTechnique(technique)) {
      add(`"${String(technique)}" is not a known technique.`);
    }

    if (isTechnique(technique)) {
      const info = TECHNIQUES[technique];
      if (!isTechniqueAllowedAtAge(technique, context.ageDays)) {
        add(`${info.label.toLowerCase()} is allowed from ${describeAgeDays(info.fromAgeDays)}; the child is ${age}.`);
      }
    }
    if (isTechnique(technique) && isBodyArea(area)) checkStepAgainstCourse(step, context, add);

    if (isBodyArea(area)) {
      const areaLabel = BODY_AREAS[area].label.toLowerCase();
      if (isTechnique(technique) && !isTechniqueUsedOnArea(technique, area)) {
        add(`${TECHNIQUES[technique].label.toLowerCase()} is not used on the ${areaLabel}.`);
      }
      const unavailable = areaUnavailableReason(area, context);
      if (unavailable !== null) add(unavailable);
    }

    if (typeof step.direction !== 'string' || step.direction.trim() === '') {
      add('say which way the hands move.');
    } else {
      for (const rule of directionPhraseProblems(step)) add(rule.message);
    }
    if (typeof step.minutes !== 'number' || !Number.isFinite(step.minutes) || step.minutes <= 0) {
      add('give it a time above 0, in whole minutes and seconds.');
    }
    if (step.repetitions !== null && (!Number.isInteger(step.repetitions) || step.repetitions < 1)) {
      add('repetitions must be a whole number of at least 1, or left empty.');
    }
  });

  const first = steps[0];
  if (first !== undefined && first.technique !== 'STROKING') {
    violations.push({
      stepIndex: 0,
      message: `A session begins with stroking; step 1 is ${techniqueName(first.technique)}.`,
    });
  }
  const lastIndex = steps.length - 1;
  const last = steps[lastIndex];
  if (last !== undefined && last.technique !== 'STROKING') {
    violations.push({
      stepIndex: lastIndex,
      message: `A session ends with stroking; the last step is ${techniqueName(last.technique)}.`,
    });
  }

  const totalMinutes = steps.reduce((sum, step) => sum + (Number.isFinite(step.minutes) ? step.minutes : 0), 0);
  const range = sessionMinutesRange(context.ageDays, context.defaults);
  if (totalMinutes > range.max + MINUTES_TOLERANCE) {
    violations.push({
      stepIndex: null,
      message: `The session totals ${formatMinutes(totalMinutes)}; at ${age} it may last at most ${formatMinutes(range.max)}.`,
    });
  } else if (totalMinutes < range.min - MINUTES_TOLERANCE) {
    violations.push({
      stepIndex: null,
      message: `The session totals ${formatMinutes(totalMinutes)}; it should last at least ${formatMinutes(range.min)}.`,
    });
  }

  return { ok: violations.length === 0, violations };
}

/** What the course's conditions, place and the exercise's newness rule out for this step. */
function checkStepAgainstCourse(step: RoutineStep, context: RoutineContext, add: (message: string) => void): void {
  const traits = stepTraits(step);
  for (const breach of stepLimitBreaches(step, traits, context.conditions)) add(breach.message);

  if (traits.professionalOnly && (context.atHome || context.indicationKind === 'PREVENTIVE')) {
    const work = traits.worksNeck ? 'neck work' : TECHNIQUES[step.technique].label.toLowerCase();
    const where = context.atHome ? 'a home routine' : 'a preventive routine';
    add(`${work} is done only by a professional, not in ${where} (${traits.worksNeck ? '001' : '000'}).`);
  }

  // Only while it is new: afterwards the doctor may give an exercise more repetitions.
  const entry = catalogueEntryOf(step);
  const isNew = entry !== undefined && isExerciseNew(entry, context.ageDays);
  if (isNew && step.repetitions !== null && step.repetitions > NEW_EXERCISE_RULE.maxRepetitionsWhileNew) {
    add(
      `a new exercise is done at most ${NEW_EXERCISE_RULE.maxRepetitionsWhileNew} times in its first ${NEW_EXERCISE_RULE.introductionDays / 7} weeks (${NEW_EXERCISE_RULE.source.join(', ')}).`,
    );
  }
}

function techniqueName(technique: unknown): string {
  return isTechnique(technique) ? TECHNIQUES[technique].label.toLowerCase() : `"${String(technique)}"`;
}
