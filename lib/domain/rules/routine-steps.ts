import type { ClinicDefaults } from './clinic-defaults';
import type { IndicationKind } from './indications';
import type { SourceId } from './sources';
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
  /** Corrected age for a premature baby. */
  ageDays: number;
  indicationKind: IndicationKind;
  /** Areas removed by local contraindications (see `screen`). */
  excludedAreas: readonly BodyArea[];
  /** From `checkAgeGate`: false until the umbilical wound is recorded as healed. */
  tummyAllowed: boolean;
  defaults: ClinicDefaults;
};

export type PlanEntry = {
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
