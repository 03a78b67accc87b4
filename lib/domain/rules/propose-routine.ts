import { checkAgeGate } from './age-gates';
import { sessionMinutesRange } from './durations';
import { AREA_PLAN, isPlanEntryForAge, type PlanEntry, type RoutineContext, type RoutineStep } from './routine-steps';
import { BODY_AREA_IDS, TECHNIQUES, isTechniqueAllowedAtAge, type BodyArea, type TechniqueGroup } from './techniques';
import {
  CONDITION_STEPS,
  THERAPEUTIC_CONDITIONS,
  matchCondition,
  type ConditionStepId,
  type TherapeuticConditionCode,
} from './therapeutic-conditions';

export type ProposeRoutineInput = RoutineContext & {
  /** Free-text diagnosis; used only when no condition code is given. */
  diagnosis?: string;
  /** Known therapeutic conditions; they win over the diagnosis text. */
  conditions?: readonly TherapeuticConditionCode[];
};

/** The groups after the opening stroking, in the order of the 001 chain. */
const GROUP_ORDER = ['RUBBING', 'KNEADING', 'VIBRATION', 'GYMNASTICS'] as const satisfies readonly TechniqueGroup[];

/** Stroking between other techniques is a few calming strokes, not a full round. */
const BETWEEN_STROKES = 3;

/** AREA_STROKE: the opening stroke when stroking is all the area gets at this age. */
type StepKind = 'AREA_STROKE' | 'OPENING_STROKE' | 'BETWEEN_STROKE' | 'TECHNIQUE' | 'CONDITION';

type DraftStep = Omit<RoutineStep, 'minutes'> & { kind: StepKind };

/** Relative share of session time; a condition step is what the course is for. */
const STEP_WEIGHT = {
  AREA_STROKE: 2,
  OPENING_STROKE: 1,
  BETWEEN_STROKE: 1,
  TECHNIQUE: 2,
  CONDITION: 3,
} as const satisfies Record<StepKind, number>;

/** Minutes are handed out in quarter minutes (15 s): short enough for a stroke between techniques. */
const UNITS_PER_MINUTE = 4;

/**
 * Proposes an ordered home or clinic routine for the child's age. It follows the chain
 * stroking – rubbing – stroking – kneading – stroking – vibration – stroking on each area,
 * uses only techniques allowed at the age, leaves out excluded areas and the tummy when not
 * allowed, and adds the steps of the therapeutic conditions named. The session fills the
 * age's longest session; leaving areas out shortens it in proportion. Below the clinic's
 * minimum age, or with no area left, there is no routine.
 */
export function proposeRoutine(input: ProposeRoutineInput): RoutineStep[] {
  if (!checkAgeGate(input.ageDays, input.defaults, { umbilicalWoundHealed: input.tummyAllowed }).allowed) {
    return [];
  }

  const conditionSteps = conditionStepsFor(input);
  const actual = draftRoutine(input.ageDays, availableAreas(input), conditionSteps);
  if (actual.length === 0) return [];

  // Sized against the routine the child would get with every area available.
  const full = draftRoutine(input.ageDays, BODY_AREA_IDS, conditionSteps);
  const { max } = sessionMinutesRange(input.ageDays, input.defaults);
  const sessionUnits = Math.round(max * UNITS_PER_MINUTE);
  const actualWeight = totalWeight(actual);
  const fullWeight = totalWeight(full);

  if (actual.length > sessionUnits) {
    // Unreachable with the settings the validator accepts; still never exceed the limit.
    const each = Math.floor((max / actual.length) * 100) / 100;
    return actual.map((step) => toStep(step, each));
  }

  const units = Math.min(
    sessionUnits,
    Math.max(actual.length, UNITS_PER_MINUTE, Math.floor((sessionUnits * actualWeight) / fullWeight)),
  );
  const allocation = allocateUnits(
    actual.map((step) => STEP_WEIGHT[step.kind]),
    units,
  );
  return actual.map((step, index) => toStep(step, (allocation[index] ?? 1) / UNITS_PER_MINUTE));
}

function toStep(step: DraftStep, minutes: number): RoutineStep {
  return {
    area: step.area,
    technique: step.technique,
    direction: step.direction,
    repetitions: step.repetitions,
    minutes,
  };
}

function availableAreas(context: Pick<RoutineContext, 'excludedAreas' | 'tummyAllowed'>): BodyArea[] {
  return BODY_AREA_IDS.filter(
    (area) => !context.excludedAreas.includes(area) && (area !== 'TUMMY' || context.tummyAllowed),
  );
}

/** Conditions apply to therapeutic and corrective courses; a preventive one has no diagnosis. */
export function conditionStepsFor(input: ProposeRoutineInput): ConditionStepId[] {
  if (input.indicationKind === 'PREVENTIVE') return [];
  const codes =
    input.conditions !== undefined && input.conditions.length > 0
      ? input.conditions
      : input.diagnosis !== undefined
        ? matchCondition(input.diagnosis)
        : [];
  const steps: ConditionStepId[] = [];
  for (const code of codes) {
    const condition = THERAPEUTIC_CONDITIONS[code];
    // A code read back from an old record may no longer exist.
    if (condition === undefined) continue;
    for (const stepId of condition.steps) {
      if (!steps.includes(stepId)) steps.push(stepId);
    }
  }
  return steps;
}

function draftRoutine(
  ageDays: number,
  areas: readonly BodyArea[],
  conditionSteps: readonly ConditionStepId[],
): DraftStep[] {
  return areas.flatMap((area) => draftArea(area, ageDays, conditionSteps));
}

function draftArea(area: BodyArea, ageDays: number, conditionSteps: readonly ConditionStepId[]): DraftStep[] {
  const plan: readonly PlanEntry[] = AREA_PLAN[area];
  const stroking = plan.find((entry) => entry.technique === 'STROKING');
  if (stroking === undefined) throw new Error(`No stroking planned for ${area}`);
  const stroke = (kind: 'OPENING_STROKE' | 'BETWEEN_STROKE'): DraftStep => ({
    area,
    technique: 'STROKING',
    direction: stroking.direction,
    repetitions: kind === 'OPENING_STROKE' ? stroking.repetitions : BETWEEN_STROKES,
    kind,
  });

  const steps: DraftStep[] = [stroke('OPENING_STROKE')];
  for (const group of GROUP_ORDER) {
    const entries = plan.filter(
      (entry) =>
        entry.technique !== 'STROKING' &&
        TECHNIQUES[entry.technique].group === group &&
        isPlanEntryForAge(entry, ageDays),
    );
    if (entries.length === 0) continue;
    for (const entry of entries) {
      steps.push({
        area,
        technique: entry.technique,
        direction: entry.direction,
        repetitions: entry.repetitions,
        kind: 'TECHNIQUE',
      });
    }
    steps.push(stroke('BETWEEN_STROKE'));
  }

  const extras = conditionSteps
    .map((id) => CONDITION_STEPS[id])
    .filter((step) => step.area === area && isTechniqueAllowedAtAge(step.technique, ageDays));
  for (const extra of extras) {
    steps.push({
      area,
      technique: extra.technique,
      direction: extra.direction,
      repetitions: extra.repetitions,
      kind: 'CONDITION',
    });
  }
  const last = steps[steps.length - 1];
  if (last !== undefined && last.technique !== 'STROKING') steps.push(stroke('BETWEEN_STROKE'));

  const merged = mergeAdjacentStrokes(steps);
  const [opening, ...rest] = merged;
  if (opening !== undefined && rest.every((step) => step.kind === 'CONDITION' && step.technique === 'STROKING')) {
    // Stroking is the whole of this area's massage at this age, so it gets a full share.
    merged[0] = { ...opening, kind: 'AREA_STROKE' };
  }
  return merged;
}

/**
 * A plain stroking between or after other techniques is dropped next to another stroking:
 * "stroke, clockwise tummy stroke, stroke" keeps the opening stroke and the clockwise one.
 * The opening stroke of an area always stays, as the area's warm-up.
 */
function mergeAdjacentStrokes(steps: readonly DraftStep[]): DraftStep[] {
  const merged: DraftStep[] = [];
  for (const step of steps) {
    const previous = merged[merged.length - 1];
    const bothStroking = previous !== undefined && previous.technique === 'STROKING' && step.technique === 'STROKING';
    if (!bothStroking) {
      merged.push(step);
    } else if (step.kind === 'BETWEEN_STROKE') {
      continue;
    } else if (previous.kind === 'BETWEEN_STROKE') {
      merged[merged.length - 1] = step;
    } else {
      merged.push(step);
    }
  }
  return merged;
}

function totalWeight(steps: readonly DraftStep[]): number {
  return steps.reduce((sum, step) => sum + STEP_WEIGHT[step.kind], 0);
}

/**
 * Splits `units` in proportion to the weights, at least one each, exactly `units` in total
 * (largest remainder, so equal weights get equal time wherever the units allow).
 */
function allocateUnits(weights: readonly number[], units: number): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const shares = weights.map((weight) => (weight * units) / total);
  const allocation = shares.map((share) => Math.max(1, Math.floor(share)));
  let allocated = allocation.reduce((sum, value) => sum + value, 0);

  while (allocated > units) {
    let largest = 0;
    allocation.forEach((value, index) => {
      if (value > (allocation[largest] ?? 0)) largest = index;
    });
    allocation[largest] = (allocation[largest] ?? 1) - 1;
    allocated -= 1;
  }

  const order = shares
    .map((share, index) => ({ remainder: share - Math.floor(share), weight: weights[index] ?? 0, index }))
    .sort((a, b) => b.remainder - a.remainder || b.weight - a.weight || a.index - b.index)
    .map(({ index }) => index);
  for (let turn = 0; allocated < units; turn += 1) {
    const index = order[turn % order.length] ?? 0;
    allocation[index] = (allocation[index] ?? 0) + 1;
    allocated += 1;
  }
  return allocation;
}
