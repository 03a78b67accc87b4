import type { SourceId } from './sources';

/** The areas a routine step may work on. */
export type BodyArea = 'HEAD_FACE' | 'CHEST' | 'TUMMY' | 'ARMS_HANDS' | 'LEGS_FEET' | 'WHOLE_BODY' | 'BACK';

export type BodyAreaInfo = {
  label: string;
  /** Where the hands go and where they never go, in the therapist's words. */
  direction: string;
  benefit: string;
  source: readonly SourceId[];
};

/**
 * In the order a session works through them (000: hands, legs, chest, tummy, then back). The
 * whole-body exercises come before the back: 001 keeps "the most difficult exercises in the
 * middle", and a session ends with massage.
 */
export const BODY_AREAS = {
  ARMS_HANDS: {
    label: 'Arms and hands',
    direction: 'From the hand up to the shoulder along the outer side of the arm; skip the armpit and the elbow.',
    benefit: 'Develops the muscles and steadies muscle tone.',
    source: ['000', '001'],
  },
  LEGS_FEET: {
    label: 'Legs, feet and hips',
    direction:
      'From the foot up to the thigh along the outer side of the leg; never the inner thigh, the knee or the hollow under it.',
    benefit: 'Strengthens the legs for the first steps; helps prevent flat feet and dysplasia.',
    source: ['000', '001', '002'],
  },
  CHEST: {
    label: 'Chest',
    direction:
      'From the middle of the chest out to the sides and shoulders, without pressure; avoid the heart area and the mammary glands.',
    benefit: 'Strengthens the chest muscles.',
    source: ['000', '001', '002'],
  },
  TUMMY: {
    label: 'Tummy',
    direction:
      'Clockwise only, round the navel, without pressure; avoid the liver (right side under the ribs) and the groin.',
    benefit: 'Helps digestion, eases colic and gas.',
    source: ['000', '001', '002'],
  },
  HEAD_FACE: {
    label: 'Head and face',
    direction:
      'Fingertips from the middle of the forehead to the temples, then along the jaw to the chin; never the fontanelle.',
    benefit: 'Soothes and relaxes, helps sleep.',
    source: ['001', '002', '004'],
  },
  WHOLE_BODY: {
    label: 'Whole-body exercises',
    direction: 'On a hard flat surface or a large soft ball, always holding the baby; stop if the baby protests.',
    benefit: 'Prepares for rolling over, sitting, crawling and walking.',
    source: ['001', '002'],
  },
  BACK: {
    label: 'Back and buttocks',
    direction:
      'Baby on the tummy: beside the spine, about 1 cm from it, up with the back of the hand and down with the palm; never on the spine itself or the kidney area.',
    benefit: 'Strengthens the back and forms posture.',
    source: ['000', '001', '002'],
  },
} as const satisfies Record<BodyArea, BodyAreaInfo>;

export const BODY_AREA_IDS = Object.keys(BODY_AREAS) as BodyArea[];

export function isBodyArea(value: unknown): value is BodyArea {
  return typeof value === 'string' && Object.hasOwn(BODY_AREAS, value);
}

/** Parts of an infant's body that are never massaged, whatever the age or indication. */
export type NeverMassagedZone =
  | 'LIVER_KIDNEYS'
  | 'HEART'
  | 'LYMPH_NODES_ARMPITS'
  | 'LYMPH_NODES_UNDER_KNEES'
  | 'LYMPH_NODES_GROIN'
  | 'SPINE'
  | 'FONTANELLE'
  | 'INNER_THIGH'
  | 'MAMMARY_GLANDS'
  | 'KNEE_ELBOW_JOINTS'
  | 'SHOULDER_HIP_JOINTS';

export type NeverMassagedZoneInfo = {
  label: string;
  /** Areas whose steps pass close to it, so the parent's view can show the warning there. */
  nearAreas: readonly BodyArea[];
  note: string;
  source: readonly SourceId[];
};

export const NEVER_MASSAGED_ZONES = {
  LIVER_KIDNEYS: {
    label: 'Liver and kidney area',
    nearAreas: ['TUMMY', 'BACK'],
    note: 'Right side under the ribs and the small of the back.',
    source: ['001', '002'],
  },
  HEART: { label: 'Heart area', nearAreas: ['CHEST'], note: 'Left side of the chest.', source: ['002'] },
  LYMPH_NODES_ARMPITS: {
    label: 'Lymph nodes in the armpits',
    nearAreas: ['ARMS_HANDS', 'CHEST'],
    note: 'The armpits are not worked.',
    source: ['001', '002'],
  },
  LYMPH_NODES_UNDER_KNEES: {
    label: 'Lymph nodes under the knees',
    nearAreas: ['LEGS_FEET'],
    note: 'The hollow behind the knee.',
    source: ['002'],
  },
  LYMPH_NODES_GROIN: {
    label: 'Lymph nodes in the groin',
    nearAreas: ['TUMMY', 'LEGS_FEET'],
    note: 'Tummy strokes stop short of the groin.',
    source: ['001', '002'],
  },
  SPINE: {
    label: 'The spine itself',
    nearAreas: ['BACK'],
    note: 'Work beside it, about 1 cm away, never on it.',
    source: ['001', '002'],
  },
  FONTANELLE: {
    label: 'Fontanelle',
    nearAreas: ['HEAD_FACE'],
    note: 'The soft spot on the top of the head.',
    source: ['002'],
  },
  INNER_THIGH: {
    label: 'Inner thigh',
    nearAreas: ['LEGS_FEET'],
    note: 'Large arteries and veins run there; only the outer side of the leg is worked.',
    source: ['001', '002'],
  },
  MAMMARY_GLANDS: {
    label: 'Mammary glands (nipples)',
    nearAreas: ['CHEST'],
    note: 'Chest strokes go round them.',
    source: ['002'],
  },
  KNEE_ELBOW_JOINTS: {
    label: 'Knee and elbow joints',
    nearAreas: ['LEGS_FEET', 'ARMS_HANDS'],
    note: 'No pressure on the joints; the bones are still soft.',
    source: ['000', '001', '002'],
  },
  SHOULDER_HIP_JOINTS: {
    label: 'Shoulder and hip joints',
    nearAreas: ['ARMS_HANDS', 'LEGS_FEET'],
    note: 'Not massaged under one year; hip movements only when the hips are healthy.',
    source: ['001'],
  },
} as const satisfies Record<NeverMassagedZone, NeverMassagedZoneInfo>;

export const NEVER_MASSAGED_ZONE_IDS = Object.keys(NEVER_MASSAGED_ZONES) as NeverMassagedZone[];

export function isNeverMassagedZone(value: unknown): value is NeverMassagedZone {
  return typeof value === 'string' && Object.hasOwn(NEVER_MASSAGED_ZONES, value);
}

export type Technique =
  | 'STROKING'
  | 'RUBBING'
  | 'SAWING'
  | 'KNEADING'
  | 'PINCHING'
  | 'TAPPING'
  | 'VIBRATION'
  | 'PASSIVE_GYMNASTICS'
  | 'EXERCISE'
  | 'ACUPRESSURE';

/**
 * The slot a technique takes in the chain "stroking – rubbing – stroking – kneading –
 * stroking – vibration – stroking" (001). Sawing is a rubbing stroke, pinching a kneading
 * one and tapping a percussive (vibration) one, so they share those slots; gymnastics
 * follows the massage of a limb (001: massage, then exercises, alternating).
 */
export type TechniqueGroup = 'STROKING' | 'RUBBING' | 'KNEADING' | 'VIBRATION' | 'GYMNASTICS' | 'POINT';

export type TechniqueInfo = {
  label: string;
  how: string;
  group: TechniqueGroup;
  /** Age in days from which the guide allows it. */
  fromAgeDays: number;
  /** Earliest and latest starting age the sources give, in days, where they disagree. */
  sourceFromAgeDays: { min: number; max: number };
  sourceNote: string;
  /** Only a professional does it; never part of a home routine. */
  professionalOnly: boolean;
  source: readonly SourceId[];
};

/*
 * Ages in days: 1.5 months = 46, 2 = 61, 3 = 91, 4 = 122, 5 = 152, 6 = 183, 12 = 365.
 * Where the texts disagree the guide's age table decides fromAgeDays; the range stays visible.
 */
export const TECHNIQUES = {
  STROKING: {
    label: 'Stroking',
    how: 'The palm glides lightly over the skin without moving it.',
    group: 'STROKING',
    fromAgeDays: 0,
    sourceFromAgeDays: { min: 0, max: 0 },
    sourceNote:
      'From the first days; the only movement until 1.5 months (001), the only one in the first 3 months (000).',
    professionalOnly: false,
    source: ['000', '001'],
  },
  RUBBING: {
    label: 'Rubbing',
    how: 'Firmer circles with the fingertips or the base of the palm that move the skin instead of sliding.',
    group: 'RUBBING',
    fromAgeDays: 61,
    sourceFromAgeDays: { min: 61, max: 122 },
    sourceNote: '001: added at 2 months (and after 3–4 months). 000: from 3 months. 002: from 3–4 months.',
    professionalOnly: false,
    source: ['000', '001', '002'],
  },
  PASSIVE_GYMNASTICS: {
    label: 'Gymnastics (passive exercises)',
    how: 'The therapist or parent moves the limbs gently through simple exercises.',
    group: 'GYMNASTICS',
    fromAgeDays: 91,
    sourceFromAgeDays: { min: 91, max: 122 },
    sourceNote: '001: simplest gymnastics from 3 months. 002: from 3–4 months.',
    professionalOnly: false,
    source: ['001', '002'],
  },
  EXERCISE: {
    label: 'Exercises and positions',
    how: 'The baby is placed or helped to move: tummy time, rocking on a ball, rolling, crawling, supported steps.',
    group: 'GYMNASTICS',
    fromAgeDays: 61,
    sourceFromAgeDays: { min: 61, max: 91 },
    sourceNote: '002: the ball from the 2nd month. 001, 002: on the tummy and turning over from 3 months.',
    professionalOnly: false,
    source: ['001', '002'],
  },
  TAPPING: {
    label: 'Tapping',
    how: 'Light taps with the fingertips or the backs of slightly spread fingers.',
    group: 'VIBRATION',
    fromAgeDays: 122,
    sourceFromAgeDays: { min: 61, max: 152 },
    sourceNote:
      '003: foot tapping from 2–4 months. 002: light pats from 3–4 months. 000: at 4 months. 001: at 5 months.',
    professionalOnly: false,
    source: ['000', '001', '002', '003'],
  },
  KNEADING: {
    label: 'Kneading',
    how: 'Energetic but gentle circles with the fingertips that work the muscle.',
    group: 'KNEADING',
    fromAgeDays: 152,
    sourceFromAgeDays: { min: 91, max: 183 },
    sourceNote: '000: added at 5–6 months. 001, 002: from 3–4 months.',
    professionalOnly: false,
    source: ['000', '001', '002'],
  },
  PINCHING: {
    label: 'Pinching',
    how: 'Light pinches of the skin with the thumb and fingers, for example round the navel.',
    group: 'KNEADING',
    fromAgeDays: 152,
    sourceFromAgeDays: { min: 152, max: 183 },
    sourceNote: '000: pinching round the navel at 5–6 months.',
    professionalOnly: false,
    source: ['000', '001'],
  },
  SAWING: {
    label: 'Sawing',
    how: 'The edge of the palm moves lightly up and down over the back muscles.',
    group: 'RUBBING',
    fromAgeDays: 152,
    sourceFromAgeDays: { min: 152, max: 183 },
    sourceNote: '000: added for the back at 5–6 months.',
    professionalOnly: false,
    source: ['000'],
  },
  VIBRATION: {
    label: 'Vibration (shaking)',
    how: 'Light rhythmic shaking or presses with the fingertips or palm; never strong pressure.',
    group: 'VIBRATION',
    fromAgeDays: 152,
    sourceFromAgeDays: { min: 152, max: 183 },
    sourceNote: '003: with kneading at 5–7 months. Guide: all techniques from 6 months.',
    professionalOnly: false,
    source: ['000', '001', '003'],
  },
  ACUPRESSURE: {
    label: 'Acupressure',
    how: 'Pressure on specific points.',
    group: 'POINT',
    fromAgeDays: 183,
    sourceFromAgeDays: { min: 183, max: 365 },
    sourceNote: '000: can be started at 6–12 months.',
    professionalOnly: true,
    source: ['000'],
  },
} as const satisfies Record<Technique, TechniqueInfo>;

export const TECHNIQUE_IDS = Object.keys(TECHNIQUES) as Technique[];

export function isTechnique(value: unknown): value is Technique {
  return typeof value === 'string' && Object.hasOwn(TECHNIQUES, value);
}

export function isTechniqueAllowedAtAge(technique: Technique, ageDays: number): boolean {
  return ageDays >= TECHNIQUES[technique].fromAgeDays;
}

/** Techniques the guide allows at this (corrected) age, in the TECHNIQUES order. */
export function allowedTechniques(ageDays: number): Technique[] {
  return TECHNIQUE_IDS.filter((technique) => isTechniqueAllowedAtAge(technique, ageDays));
}

/**
 * Which techniques are ever used on each area. The chest stays with stroking and light
 * vibration because it is fragile (002); the face only gets stroking (001); percussion and
 * kneading go where there is muscle (000, 001).
 */
export const AREA_TECHNIQUES = {
  ARMS_HANDS: ['STROKING', 'RUBBING', 'KNEADING', 'VIBRATION', 'PASSIVE_GYMNASTICS', 'ACUPRESSURE'],
  LEGS_FEET: [
    'STROKING',
    'RUBBING',
    'KNEADING',
    'TAPPING',
    'VIBRATION',
    'PASSIVE_GYMNASTICS',
    'EXERCISE',
    'ACUPRESSURE',
  ],
  CHEST: ['STROKING', 'VIBRATION'],
  TUMMY: ['STROKING', 'RUBBING', 'PINCHING', 'PASSIVE_GYMNASTICS'],
  HEAD_FACE: ['STROKING', 'ACUPRESSURE'],
  WHOLE_BODY: ['STROKING', 'PASSIVE_GYMNASTICS', 'EXERCISE'],
  BACK: ['STROKING', 'RUBBING', 'SAWING', 'KNEADING', 'PINCHING', 'TAPPING', 'VIBRATION', 'ACUPRESSURE'],
} as const satisfies Record<BodyArea, readonly Technique[]>;

export function isTechniqueUsedOnArea(technique: Technique, area: BodyArea): boolean {
  return (AREA_TECHNIQUES[area] as readonly Technique[]).includes(technique);
}

/** The direction rules that hold for every step (000, 001). */
export const DIRECTION_RULES = [
  {
    id: 'PERIPHERY_TO_CENTRE',
    text: 'Always from the periphery towards the centre: hand to shoulder, foot to thigh.',
    source: ['000', '001', '002'],
  },
  { id: 'TUMMY_CLOCKWISE', text: 'The tummy is stroked clockwise only.', source: ['000', '001', '002'] },
  {
    id: 'CHEST_CENTRE_OUT',
    text: 'The chest is stroked from the middle out to the sides, without pressure.',
    source: ['000', '001'],
  },
  {
    id: 'BESIDE_SPINE',
    text: 'On the back, work beside the spine (about 1 cm away), never on it.',
    source: ['001', '002'],
  },
  {
    id: 'GENTLE',
    text: 'All movements smooth, gentle and slow (about 2 cm a second); no pressure, no sudden movements.',
    source: ['000', '001'],
  },
] as const satisfies readonly { id: string; text: string; source: readonly SourceId[] }[];

/** The chain every area follows: stroking opens, separates and closes the other groups. */
export const SESSION_CHAIN = {
  order: ['STROKING', 'RUBBING', 'STROKING', 'KNEADING', 'STROKING', 'VIBRATION', 'STROKING'],
  source: ['001'],
} as const satisfies { order: readonly TechniqueGroup[]; source: readonly SourceId[] };
