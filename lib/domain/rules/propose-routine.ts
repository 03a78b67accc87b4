import { translatable } from '@/lib/i18n/translatable';
import { checkAgeGate } from './age-gates';
import { professionalOnlyReason } from './check-routine';
import { stepLimitBreaches } from './condition-limits';
import { sessionMinutesRange } from './durations';
import { describeAgeDays } from './format';
import {
  AREA_PLAN,
  areaUnavailableReason,
  exerciseRepetitions,
  isPlanEntryForAge,
  type PlanEntry,
  type RoutineContext,
  type RoutineStep,
} from './routine-steps';
import { stepTraits } from './step-traits';
import { BODY_AREA_IDS, TECHNIQUES, isTechniqueAllowedAtAge, type BodyArea, type TechniqueGroup } from './techniques';
import { CONDITION_STEPS, THERAPEUTIC_CONDITIONS, type ConditionStepId } from './therapeutic-conditions';

export type ProposeRoutineInput = RoutineContext;

/** A step the rule book would have proposed for the course's conditions, and why it did not. */
export type DroppedStep = Pick<RoutineStep, 'area' | 'technique' | 'direction'> & { reason: string };

export type RoutinePlanResult = { steps: RoutineStep[]; dropped: DroppedStep[] };

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
 * allowed, adds the steps of the therapeutic conditions named and leaves out whatever those
 * conditions rule out (and professional work from a home routine). The session fills the
 * age's longest session; leaving areas out shortens it in proportion. Below the clinic's
 * minimum age, or with no area left, there is no routine.
 */
export function proposeRoutine(input: ProposeRoutineInput): RoutineStep[] {
  return planRoutine(input).steps;
}

/** `proposeRoutine`, with the steps the course's conditions would add or keep that were left out, and why. */
export function planRoutine(input: ProposeRoutineInput): RoutinePlanResult {
  if (!checkAgeGate(input.ageDays, input.defaults, { umbilicalWoundHealed: input.tummyAllowed }).allowed) {
    return { steps: [], dropped: [] };
  }

  const conditionSteps = conditionStepsFor(input);
  const dropped: DroppedStep[] = [];
  const actual = draftRoutine(input, availableAreas(input), conditionSteps, dropped);
  dropped.push(...conditionStepsLeftOut(input, conditionSteps));
  if (actual.length === 0) return { steps: [], dropped };

  // Sized against the routine the child would get with every area available.
  const full = draftRoutine(input, BODY_AREA_IDS, conditionSteps, []);
  const { max } = sessionMinutesRange(input.ageDays, input.defaults);
  const sessionUnits = Math.round(max * UNITS_PER_MINUTE);
  const actualWeight = totalWeight(actual);
  const fullWeight = totalWeight(full);

  if (actual.length > sessionUnits) {
    // Unreachable with the settings the validator accepts; still never exceed the limit.
    const each = Math.floor((max / actual.length) * 100) / 100;
    return { steps: actual.map((step) => toStep(step, each)), dropped };
  }

  const units = Math.min(
    sessionUnits,
    Math.max(actual.length, UNITS_PER_MINUTE, Math.floor((sessionUnits * actualWeight) / fullWeight)),
  );
  const allocation = allocateUnits(
    actual.map((step) => STEP_WEIGHT[step.kind]),
    units,
  );
  return {
    steps: actual.map((step, index) => toStep(step, (allocation[index] ?? 1) / UNITS_PER_MINUTE)),
    dropped,
  };
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
  return BODY_AREA_IDS.filter((area) => areaUnavailableReason(area, context) === null);
}

/** Condition steps apply to therapeutic and corrective courses; a preventive one has no diagnosis. */
export function conditionStepsFor(input: ProposeRoutineInput): ConditionStepId[] {
  if (input.indicationKind === 'PREVENTIVE') return [];
  const steps: ConditionStepId[] = [];
  for (const code of input.conditions) {
    const condition = THERAPEUTIC_CONDITIONS[code];
    // A code read back from an old record may no longer exist.
    if (condition === undefined) continue;
    for (const stepId of condition.steps) {
      if (!steps.includes(stepId)) steps.push(stepId);
    }
  }
  return steps;
}

type Candidate = Pick<RoutineStep, 'area' | 'technique' | 'direction'>;

/** Why the course's conditions or place rule this step out; null when they do not. */
function ruledOutBy(candidate: Candidate, context: RoutineContext): string | null {
  const step: RoutineStep = { ...candidate, repetitions: null, minutes: 0 };
  const traits = stepTraits(step);
  const [breach] = stepLimitBreaches(step, traits, context.conditions);
  if (breach !== undefined) return breach.message;
  return professionalOnlyReason(step, traits, context);
}

/** A condition step the draft could not place: its area is left out, or it waits for an age. */
function conditionStepsLeftOut(context: RoutineContext, stepIds: readonly ConditionStepId[]): DroppedStep[] {
  return stepIds.flatMap((id) => {
    const step = CONDITION_STEPS[id];
    const candidate = { area: step.area, technique: step.technique, direction: step.direction };
    const technique = TECHNIQUES[step.technique];
    const reason =
      areaUnavailableReason(step.area, context) ??
      (isTechniqueAllowedAtAge(step.technique, context.ageDays)
        ? null
        : translatable('prescription.routine.tooEarlyForCourse', {
            technique: translatable(`rules.techniques.${step.technique}.label`),
            from: describeAgeDays(technique.fromAgeDays),
          }));
    // Steps ruled out by a condition are reported where the draft meets them.
    return reason === null || ruledOutBy(candidate, context) !== null ? [] : [{ ...candidate, reason }];
  });
}

function draftRoutine(
  context: RoutineContext,
  areas: readonly BodyArea[],
  conditionSteps: readonly ConditionStepId[],
  dropped: DroppedStep[],
): DraftStep[] {
  return areas.flatMap((area) => draftArea(area, context, conditionSteps, dropped));
}

/** Areas made only of exercises appear once an exercise suits the age. */
const EXERCISE_AREAS: readonly BodyArea[] = ['WHOLE_BODY'];

function draftArea(
  area: BodyArea,
  context: RoutineContext,
  conditionSteps: readonly ConditionStepId[],
  dropped: DroppedStep[],
): DraftStep[] {
  const { ageDays } = context;
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
  /** Keeps the step unless a condition rules it out, which is then reported. */
  const allowed = (candidate: Candidate): boolean => {
    const reason = ruledOutBy(candidate, context);
    if (reason !== null) dropped.push({ ...candidate, reason });
    return reason === null;
  };

  const steps: DraftStep[] = [stroke('OPENING_STROKE')];
  for (const group of GROUP_ORDER) {
    const entries = plan.filter(
      (entry) =>
        entry.technique !== 'STROKING' &&
        TECHNIQUES[entry.technique].group === group &&
        isPlanEntryForAge(entry, ageDays) &&
        allowed({ area, technique: entry.technique, direction: entry.direction }),
    );
    if (entries.length === 0) continue;
    for (const entry of entries) {
      steps.push({
        area,
        technique: entry.technique,
        direction: entry.direction,
        repetitions: exerciseRepetitions(entry, ageDays),
        kind: 'TECHNIQUE',
      });
    }
    steps.push(stroke('BETWEEN_STROKE'));
  }
  if (EXERCISE_AREAS.includes(area) && steps.length === 1) return [];

  const extras = conditionSteps
    .map((id) => CONDITION_STEPS[id])
    .filter(
      (step) =>
        step.area === area &&
        isTechniqueAllowedAtAge(step.technique, ageDays) &&
        allowed({ area, technique: step.technique, direction: step.direction }),
    );
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

/**
 * The routine fitted to one session's planned minutes: each step keeps its share of the time, in
 * quarter minutes as proposed, and at least a quarter minute. A routine that already fits is
 * returned as it is: a session is never stretched beyond what was prescribed.
 */
export function scaleRoutine(steps: readonly RoutineStep[], minutes: number): RoutineStep[] {
  const stepUnits = steps.map((step) => Math.max(1, Math.round(step.minutes * UNITS_PER_MINUTE)));
  const totalUnits = stepUnits.reduce((sum, units) => sum + units, 0);
  const targetUnits = Math.max(steps.length, Math.floor(minutes * UNITS_PER_MINUTE));
  if (totalUnits <= targetUnits) return [...steps];
  const allocation = allocateUnits(stepUnits, targetUnits);
  return steps.map((step, index) => ({ ...step, minutes: (allocation[index] ?? 1) / UNITS_PER_MINUTE }));
}
