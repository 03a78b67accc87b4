import { checkAgeGate } from './age-gates';
import { sessionMinutesRange } from './durations';
import { describeAgeDays, formatMinutes } from './format';
import type { RoutineContext, RoutineStep } from './routine-steps';
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

const CLOCKWISE_DENIED = /anti-?clockwise|counter-?clockwise/i;
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
      if (info.professionalOnly && context.indicationKind === 'PREVENTIVE') {
        add(`${info.label.toLowerCase()} is done only by a professional, not in a preventive routine.`);
      }
    }

    if (isBodyArea(area)) {
      const areaLabel = BODY_AREAS[area].label.toLowerCase();
      if (isTechnique(technique) && !isTechniqueUsedOnArea(technique, area)) {
        add(`${TECHNIQUES[technique].label.toLowerCase()} is not used on the ${areaLabel}.`);
      }
      if (context.excludedAreas.includes(area)) {
        add(`excluded for this child by a local contraindication: ${areaLabel}.`);
      }
      if (area === 'TUMMY' && !context.tummyAllowed) {
        add('no tummy work until the umbilical wound is recorded as healed.');
      }
      if (area === 'TUMMY' && CLOCKWISE_DENIED.test(step.direction)) {
        add('the tummy is worked clockwise only.');
      }
    }

    if (typeof step.direction !== 'string' || step.direction.trim() === '') {
      add('say which way the hands move.');
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

function techniqueName(technique: unknown): string {
  return isTechnique(technique) ? TECHNIQUES[technique].label.toLowerCase() : `"${String(technique)}"`;
}
