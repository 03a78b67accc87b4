import { translatable } from '@/lib/i18n/translatable';
import type { ClinicDefaults } from './clinic-defaults';
import type { IndicationKind } from './indications';
import type { SourceId } from './sources';
import type { TherapeuticConditionCode } from './therapeutic-conditions';
import { BODY_AREAS, isTechniqueAllowedAtAge, type BodyArea, type Technique } from './techniques';

/**
 * The routine's data: what a step is, what a routine is checked against, and what each body
 * area's part of a session is made of. `proposeRoutine` builds from it; `checkRoutine` checks
 * any routine, proposed or edited, against the same context.
 */

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
  /** The therapeutic conditions the course treats: their limits apply to every step. */
  conditions: readonly TherapeuticConditionCode[];
  /** Done by the parent at home: work reserved for professionals is left out. */
  atHome: boolean;
  /** Corrected age for a premature baby. */
  ageDays: number;
  indicationKind: IndicationKind;
  /** Areas removed by local contraindications (see `screen`). */
  excludedAreas: readonly BodyArea[];
  /** From `checkAgeGate`: false until the umbilical wound is recorded as healed. */
  tummyAllowed: boolean;
  defaults: ClinicDefaults;
};

/** A joint a step bears weight on, bends or rotates. */
export type Joint = 'HIPS';

/**
 * What a step does beyond its area and technique, so a condition's limits are checked by
 * attribute rather than by reading its words (see `stepTraits`).
 */
export type StepTraitData = {
  loads?: readonly Joint[];
  /** Works the neck: 001 leaves that to a specialist. */
  worksNeck?: boolean;
};

/**
 * Why an area is out of this child's routine; null when it is in. The whole-body exercises
 * (tummy time, the ball, crawling) lie on and touch every area, so they wait while any area is
 * left out or the umbilical wound has not healed.
 */
export function areaUnavailableReason(
  area: BodyArea,
  context: Pick<RoutineContext, 'excludedAreas' | 'tummyAllowed'>,
): string | null {
  if (context.excludedAreas.includes(area)) {
    return translatable('prescription.routine.areaExcluded', { area: translatable(`rules.bodyAreas.${area}.label`) });
  }
  if ((area === 'TUMMY' || area === 'WHOLE_BODY') && !context.tummyAllowed) {
    return translatable(area === 'TUMMY' ? 'prescription.routine.noTummyYet' : 'prescription.routine.noWholeBodyYet');
  }
  if (area === 'WHOLE_BODY' && context.excludedAreas.length > 0) {
    return translatable('prescription.routine.noWholeBodyWhileExcluded');
  }
  return null;
}

export type PlanEntry = StepTraitData & {
  technique: Technique;
  direction: string;
  repetitions: number | null;
  /** A gymnastics exercise suited to an age window (start inclusive, end exclusive). */
  fromAgeDays?: number;
  untilAgeDays?: number;
  source: readonly SourceId[];
};

/** A plan entry's technique is allowed at the age, and the age is inside its exercise's window. */
export function isPlanEntryForAge(entry: PlanEntry, ageDays: number): boolean {
  return (
    isTechniqueAllowedAtAge(entry.technique, ageDays) &&
    (entry.fromAgeDays === undefined || ageDays >= entry.fromAgeDays) &&
    (entry.untilAgeDays === undefined || ageDays < entry.untilAgeDays)
  );
}

/**
 * "Each new exercise is mastered gradually (2-3 weeks), and only then it is repeated more than
 * two times" (001). The longer end is used: during the first 3 weeks of an exercise's age
 * window it is done at most twice.
 */
export const NEW_EXERCISE_RULE = {
  introductionDays: 21,
  maxRepetitionsWhileNew: 2,
  text: 'A new exercise is introduced gradually over 2–3 weeks, at most twice a session, and only then repeated more.',
  source: ['001'],
} as const satisfies {
  introductionDays: number;
  maxRepetitionsWhileNew: number;
  text: string;
  source: readonly SourceId[];
};

/** Within the first weeks of the exercise's age window (NEW_EXERCISE_RULE). */
export function isExerciseNew(entry: Pick<PlanEntry, 'fromAgeDays'>, ageDays: number): boolean {
  return entry.fromAgeDays !== undefined && ageDays < entry.fromAgeDays + NEW_EXERCISE_RULE.introductionDays;
}

/** Repetitions of an exercise at this age: capped while it is new (NEW_EXERCISE_RULE). */
export function exerciseRepetitions(
  entry: Pick<PlanEntry, 'repetitions' | 'fromAgeDays'>,
  ageDays: number,
): number | null {
  if (entry.repetitions === null || !isExerciseNew(entry, ageDays)) return entry.repetitions;
  return Math.min(entry.repetitions, NEW_EXERCISE_RULE.maxRepetitionsWhileNew);
}

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
      direction:
        'Small circles from the wrist towards the shoulder, moving the skin rather than sliding; then each finger from base to tip.',
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
      direction: 'Cross the arms over the chest, then open them out to the sides (5–8 times).',
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
      direction:
        'Thumb circles on the sole from the heel to the toes, then up the outer side of the leg, moving the skin.',
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
      loads: ['HIPS'],
      source: ['001'],
    },
    {
      technique: 'PASSIVE_GYMNASTICS',
      direction:
        'Walking with support: hold the baby upright under the arms (later by both hands, then one), feet on the surface, for a few steps.',
      repetitions: 3,
      fromAgeDays: 183,
      loads: ['HIPS'],
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
    {
      technique: 'PINCHING',
      direction: 'Light pinches round the navel, going clockwise.',
      repetitions: 3,
      source: ['000', '001'],
    },
  ],
  HEAD_FACE: [
    { technique: 'STROKING', direction: BODY_AREAS.HEAD_FACE.direction, repetitions: 3, source: ['001', '002', '004'] },
  ],
  WHOLE_BODY: [
    {
      technique: 'STROKING',
      direction: 'Light stroking of the whole body, from the feet and hands towards the trunk.',
      repetitions: 3,
      source: ['001'],
    },
    {
      technique: 'EXERCISE',
      direction: 'Fitball: baby on the tummy on a large soft ball, your hand on the back; rock gently back and forth.',
      repetitions: 5,
      fromAgeDays: 61,
      untilAgeDays: 183,
      source: ['001', '002'],
    },
    {
      technique: 'EXERCISE',
      direction:
        'Tummy time: lay the baby on the tummy with a bright toy in front, to lift the head and lean on the arms.',
      repetitions: null,
      fromAgeDays: 91,
      source: ['001', '002'],
    },
    {
      technique: 'EXERCISE',
      direction: 'Rolling: show a toy at the side and help the baby turn from the back onto the tummy, both ways.',
      repetitions: 2,
      fromAgeDays: 91,
      untilAgeDays: 183,
      source: ['002'],
    },
    {
      technique: 'EXERCISE',
      direction: 'Crawling: baby on the tummy, a toy just out of reach; encourage the baby to crawl to it.',
      repetitions: 3,
      fromAgeDays: 152,
      loads: ['HIPS'],
      source: ['001', '002'],
    },
    {
      technique: 'EXERCISE',
      direction: 'Fitball: stand the baby on the ball, holding under the arms, and let the legs push gently.',
      repetitions: 3,
      fromAgeDays: 183,
      loads: ['HIPS'],
      source: ['002'],
    },
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
