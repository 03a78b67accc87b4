import type { BodyArea, NeverMassagedZone } from './techniques';

/**
 * Which way the hands move on each area, read from the rule book's directions (BODY_AREAS, same
 * sources: 000, 001, 002, 004), for the parent's drawing of each step. The words stay the rule;
 * this is their shape, and body-map.test.ts checks the two still say the same.
 */
export type HandsDirection =
  /** The tummy: clockwise only, round the navel. */
  | 'CLOCKWISE'
  /** The limbs: from the hand or the foot up towards the body. */
  | 'TOWARDS_CENTRE'
  /** Chest and face: from the middle out to the sides. */
  | 'OUT_FROM_CENTRE'
  /** The back: beside the spine, up and down. */
  | 'BESIDE_SPINE'
  /** Whole-body exercises move the baby, not the hands over one area. */
  | 'NONE';

export type BodyView = 'FRONT' | 'BACK';

export const AREA_HANDS = {
  ARMS_HANDS: { hands: 'TOWARDS_CENTRE', view: 'FRONT' },
  LEGS_FEET: { hands: 'TOWARDS_CENTRE', view: 'FRONT' },
  CHEST: { hands: 'OUT_FROM_CENTRE', view: 'FRONT' },
  TUMMY: { hands: 'CLOCKWISE', view: 'FRONT' },
  HEAD_FACE: { hands: 'OUT_FROM_CENTRE', view: 'FRONT' },
  WHOLE_BODY: { hands: 'NONE', view: 'FRONT' },
  BACK: { hands: 'BESIDE_SPINE', view: 'BACK' },
} as const satisfies Record<BodyArea, { hands: HandsDirection; view: BodyView }>;

/** The side of the body each never-massaged zone is seen from (the kidneys and the spine: the back). */
export const ZONE_VIEWS = {
  LIVER_KIDNEYS: ['FRONT', 'BACK'],
  HEART: ['FRONT'],
  LYMPH_NODES_ARMPITS: ['FRONT'],
  LYMPH_NODES_UNDER_KNEES: ['BACK'],
  LYMPH_NODES_GROIN: ['FRONT'],
  SPINE: ['BACK'],
  FONTANELLE: ['FRONT'],
  INNER_THIGH: ['FRONT'],
  MAMMARY_GLANDS: ['FRONT'],
  KNEE_ELBOW_JOINTS: ['FRONT', 'BACK'],
  SHOULDER_HIP_JOINTS: ['FRONT', 'BACK'],
} as const satisfies Record<NeverMassagedZone, readonly BodyView[]>;
