import { checkAgeGate } from './age-gates';
import type { ClinicDefaults } from './clinic-defaults';
import { sessionMinutesRange } from './durations';
import { describeAgeDays, formatMinutes } from './format';
import type { IndicationKind } from './indications';
import type { SourceId } from './sources';
import {
  BODY_AREAS,
  BODY_AREA_IDS,
  NEVER_MASSAGED_ZONES,
  TECHNIQUES,
  isBodyArea,
  isNeverMassagedZone,
  isTechnique,
  isTechniqueAllowedAtAge,
  isTechniqueUsedOnArea,
  type BodyArea,
  type Technique,
  type TechniqueGroup,
} from './techniques';
import {
  CONDITION_STEPS,
  THERAPEUTIC_CONDITIONS,
  matchCondition,
  type ConditionStepId,
  type TherapeuticConditionCode,
} from './therapeutic-conditions';

export { THERAPEUTIC_CONDITIONS, matchCondition } from './therapeutic-conditions';

export type RoutineStep = {
  area: BodyArea;
  technique: Technique;
  /** Where the hands go, in the words the parent sees. */
  direction: string;
  /** null when the step is timed rather than counted. */
  repetitions: number | null;
  /** Proposed routines use quarter minutes (15 s); edited ones may hold any positive number. */
  minutes: number;
};

/** What a routine is checked against; the same for proposing and for checking an edit. */
export type RoutineContext = {
  /** Corrected age for a premature baby. */
  ageDays: number;
  indicationKind: IndicationKind;
  /** Areas removed by local contraindications (see `screen`). */
  excludedAreas: readonly BodyArea[];
  /** From `checkAgeGate`: false until the umbilical wound is recorded as healed. */
  tummyAllowed: boolean;
  defaults: ClinicDefaults;
};

export type ProposeRoutineInput = RoutineContext & {
  /** Free-text diagnosis; used only when no condition code is given. */
  diagnosis?: string;
  /** Known therapeutic conditions; they win over the diagnosis text. */
  conditions?: readonly TherapeuticConditionCode[];
};

type PlanEntry = {
  technique: Technique;
  direction: string;
  repetitions: number | null;
  /** A gymnastics exercise suited to an age window (start inclusive, end exclusive). */
  fromAgeDays?: number;
  untilAgeDays?: number;
  source: readonly SourceId[];
};

/**
 * What each area's part of a session is made of, with the words the parent sees. Only
 * techniques allowed at the child's age are taken; stroking opens and closes each area and
 * separates the other groups (001).
 */
export const AREA_PLAN = {
  ARMS_HANDS: [
    { technique: 'STROKING', direction: BODY_AREAS.ARMS_HANDS.direction, repetitions: 5, source: ['000', '001'] },
    {
      technique: 'RUBBING',
      direction: 'Small circles from the wrist towards the shoulder, moving the skin rather than sliding; then each finger from base to tip.',
      repetitions: 5,
      source: ['001'],
    },
    {
      technique: 'KNEADING',
      direction: 'Gently with the fingertips along the outer arm from the wrist to the shoulder; not over the elbow.',
      repetitions: 3,
      source: ['000', '001'],
    },
    {
      technique: 'PASSIVE_GYMNASTICS',
      direction: 'Cross the arms over the chest, then open them out to the sides.',
      repetitions: 6,
      fromAgeDays: 91,
      untilAgeDays: 152,
      source: ['001', '002'],
    },
    {
      technique: 'PASSIVE_GYMNASTICS',
      direction: 'Once the head is held well: let the baby grip your thumbs and pull gently towards sitting.',
      repetitions: 3,
      fromAgeDays: 152,
      source: ['001', '002'],
    },
  ],
  LEGS_FEET: [
    { technique: 'STROKING', direction: BODY_AREAS.LEGS_FEET.direction, repetitions: 5, source: ['000', '001'] },
    {
      technique: 'RUBBING',
      direction: 'Thumb circles on the sole from the heel to the toes, then up the outer side of the leg, moving the skin.',
      repetitions: 5,
      source: ['000', '001'],
    },
    {
      technique: 'KNEADING',
      direction: 'Gently knead the calf and the outer thigh with the fingertips, from the foot upwards; not the knee.',
      repetitions: 3,
      source: ['000', '001'],
    },
    {
      technique: 'TAPPING',
      direction: 'Light fingertip taps on the sole and the outer side of the leg.',
      repetitions: 5,
      source: ['000', '003'],
    },
    {
      technique: 'PASSIVE_GYMNASTICS',
      direction: 'Bend and straighten both legs together, then one at a time.',
      repetitions: 4,
      fromAgeDays: 91,
      untilAgeDays: 183,
      source: ['001'],
    },
    {
      technique: 'PASSIVE_GYMNASTICS',
      direction: 'Hold the baby upright under the arms, feet touching the surface, for a few supported steps.',
      repetitions: 3,
      fromAgeDays: 183,
      source: ['001', '002'],
    },
  ],
  CHEST: [
    { technique: 'STROKING', direction: BODY_AREAS.CHEST.direction, repetitions: 5, source: ['000', '001', '002'] },
    {
      technique: 'VIBRATION',
      direction: 'Palms round the lower ribs, thumbs together: light rhythmic presses, never hard.',
      repetitions: 3,
      source: ['000', '001'],
    },
  ],
  TUMMY: [
    { technique: 'STROKING', direction: BODY_AREAS.TUMMY.direction, repetitions: 5, source: ['000', '001', '002'] },
    {
      technique: 'RUBBING',
      direction: 'Clockwise circles round the navel, a little firmer than stroking, still without pressing.',
      repetitions: 5,
      source: ['001'],
    },
    { technique: 'PINCHING', direction: 'Light pinches round the navel, going clockwise.', repetitions: 3, source: ['000', '001'] },
  ],
  HEAD_FACE: [
    { technique: 'STROKING', direction: BODY_AREAS.HEAD_FACE.direction, repetitions: 3, source: ['001', '002', '004'] },
  ],
  BACK: [
    { technique: 'STROKING', direction: BODY_AREAS.BACK.direction, repetitions: 5, source: ['000', '001', '002'] },
    {
      technique: 'RUBBING',
      direction: 'Pads of bent fingers beside the spine, moving the skin up and down; not on the spine.',
      repetitions: 5,
      source: ['000'],
    },
    {
      technique: 'SAWING',
      direction: 'Edge of the palm, lightly up and down over the muscles beside the spine.',
      repetitions: 3,
      source: ['000'],
    },
    {
      technique: 'KNEADING',
      direction: 'Gently knead the buttocks and the muscles beside the spine with the fingertips.',
      repetitions: 3,
      source: ['001'],
    },
    {
      technique: 'VIBRATION',
      direction: 'Light fingertip tapping over the shoulder blades and beside the spine, never on it.',
      repetitions: 5,
      source: ['000', '001'],
    },
  ],
} as const satisfies Record<BodyArea, readonly PlanEntry[]>;

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
  return { area: step.area, technique: step.technique, direction: step.direction, repetitions: step.repetitions, minutes };
}

function availableAreas(context: Pick<RoutineContext, 'excludedAreas' | 'tummyAllowed'>): BodyArea[] {
  return BODY_AREA_IDS.filter(
    (area) => !context.excludedAreas.includes(area) && (area !== 'TUMMY' || context.tummyAllowed),
  );
}

/** Conditions apply to therapeutic and corrective courses; a preventive one has no diagnosis. */
function conditionStepsFor(input: ProposeRoutineInput): ConditionStepId[] {
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

function draftRoutine(ageDays: number, areas: readonly BodyArea[], conditionSteps: readonly ConditionStepId[]): DraftStep[] {
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

  const fitsAge = (entry: PlanEntry) =>
    isTechniqueAllowedAtAge(entry.technique, ageDays) &&
    (entry.fromAgeDays === undefined || ageDays >= entry.fromAgeDays) &&
    (entry.untilAgeDays === undefined || ageDays < entry.untilAgeDays);

  const steps: DraftStep[] = [stroke('OPENING_STROKE')];
  for (const group of GROUP_ORDER) {
    const entries = plan.filter(
      (entry) => entry.technique !== 'STROKING' && TECHNIQUES[entry.technique].group === group && fitsAge(entry),
    );
    if (entries.length === 0) continue;
    for (const entry of entries) {
      steps.push({ area, technique: entry.technique, direction: entry.direction, repetitions: entry.repetitions, kind: 'TECHNIQUE' });
    }
    steps.push(stroke('BETWEEN_STROKE'));
  }

  const extras = conditionSteps
    .map((id) => CONDITION_STEPS[id])
    .filter((step) => step.area === area && isTechniqueAllowedAtAge(step.technique, ageDays));
  for (const extra of extras) {
    steps.push({ area, technique: extra.technique, direction: extra.direction, repetitions: extra.repetitions, kind: 'CONDITION' });
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
      add('minutes must be a number above 0.');
    }
    if (step.repetitions !== null && (!Number.isInteger(step.repetitions) || step.repetitions < 1)) {
      add('repetitions must be a whole number of at least 1, or left empty.');
    }
  });

  const first = steps[0];
  if (first !== undefined && first.technique !== 'STROKING') {
    violations.push({ stepIndex: 0, message: `A session begins with stroking; step 1 is ${techniqueName(first.technique)}.` });
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
