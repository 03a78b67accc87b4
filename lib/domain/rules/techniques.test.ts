import { describe, expect, it } from 'vitest';
import {
  AREA_TECHNIQUES,
  BODY_AREA_IDS,
  NEVER_MASSAGED_ZONES,
  NEVER_MASSAGED_ZONE_IDS,
  SESSION_CHAIN,
  TECHNIQUES,
  TECHNIQUE_IDS,
  allowedTechniques,
  isBodyArea,
  isNeverMassagedZone,
  isTechnique,
  isTechniqueAllowedAtAge,
  isTechniqueUsedOnArea,
} from './techniques';

describe('body areas and zones never massaged', () => {
  it('lists the areas in session order, the whole-body exercises before the back', () => {
    expect(BODY_AREA_IDS).toEqual(['ARMS_HANDS', 'LEGS_FEET', 'CHEST', 'TUMMY', 'HEAD_FACE', 'WHOLE_BODY', 'BACK']);
  });

  it('keeps the zones the texts forbid as data', () => {
    expect(NEVER_MASSAGED_ZONE_IDS).toEqual([
      'LIVER_KIDNEYS',
      'HEART',
      'LYMPH_NODES_ARMPITS',
      'LYMPH_NODES_UNDER_KNEES',
      'LYMPH_NODES_GROIN',
      'SPINE',
      'FONTANELLE',
      'INNER_THIGH',
      'MAMMARY_GLANDS',
      'KNEE_ELBOW_JOINTS',
      'SHOULDER_HIP_JOINTS',
    ]);
    expect(NEVER_MASSAGED_ZONES.SPINE.note).toBe('Work beside it, about 1 cm away, never on it.');
    expect(NEVER_MASSAGED_ZONES.FONTANELLE.nearAreas).toEqual(['HEAD_FACE']);
    expect(NEVER_MASSAGED_ZONES.INNER_THIGH.source).toEqual(['001', '002']);
  });

  it('never confuses a forbidden zone with a massage area', () => {
    for (const zone of NEVER_MASSAGED_ZONE_IDS) {
      expect(isBodyArea(zone)).toBe(false);
      expect(isNeverMassagedZone(zone)).toBe(true);
    }
    expect(isBodyArea('BACK')).toBe(true);
    expect(isBodyArea('constructor')).toBe(false);
    expect(isNeverMassagedZone('BACK')).toBe(false);
  });
});

describe('technique ages (the guide age table)', () => {
  it.each([
    ['STROKING', 0],
    ['RUBBING', 61],
    ['PASSIVE_GYMNASTICS', 91],
    ['TAPPING', 122],
    ['KNEADING', 152],
    ['PINCHING', 152],
    ['SAWING', 152],
    ['VIBRATION', 152],
    ['ACUPRESSURE', 183],
  ] as const)('%s is allowed from day %i, not the day before', (technique, fromAgeDays) => {
    expect(TECHNIQUES[technique].fromAgeDays).toBe(fromAgeDays);
    expect(isTechniqueAllowedAtAge(technique, fromAgeDays)).toBe(true);
    if (fromAgeDays > 0) expect(isTechniqueAllowedAtAge(technique, fromAgeDays - 1)).toBe(false);
  });

  it('keeps the range the sources give where they disagree', () => {
    expect(TECHNIQUES.RUBBING.sourceFromAgeDays).toEqual({ min: 61, max: 122 });
    expect(TECHNIQUES.KNEADING.sourceFromAgeDays).toEqual({ min: 91, max: 183 });
    expect(TECHNIQUES.TAPPING.sourceFromAgeDays).toEqual({ min: 61, max: 152 });
    for (const technique of TECHNIQUE_IDS) {
      const { fromAgeDays, sourceFromAgeDays } = TECHNIQUES[technique];
      expect(fromAgeDays).toBeGreaterThanOrEqual(sourceFromAgeDays.min);
      expect(fromAgeDays).toBeLessThanOrEqual(sourceFromAgeDays.max);
    }
  });

  it('allows only stroking until 1.5 months and on to day 60', () => {
    expect(allowedTechniques(0)).toEqual(['STROKING']);
    expect(allowedTechniques(45)).toEqual(['STROKING']);
    expect(allowedTechniques(60)).toEqual(['STROKING']);
  });

  it('adds rubbing at 2 months, gymnastics at 3, tapping at 4 and the rest at 5 months', () => {
    expect(allowedTechniques(61)).toEqual(['STROKING', 'RUBBING', 'EXERCISE']);
    expect(allowedTechniques(91)).toEqual(['STROKING', 'RUBBING', 'PASSIVE_GYMNASTICS', 'EXERCISE']);
    expect(allowedTechniques(122)).toEqual(['STROKING', 'RUBBING', 'PASSIVE_GYMNASTICS', 'EXERCISE', 'TAPPING']);
    expect(allowedTechniques(152)).toEqual([
      'STROKING',
      'RUBBING',
      'PASSIVE_GYMNASTICS',
      'EXERCISE',
      'TAPPING',
      'KNEADING',
      'PINCHING',
      'SAWING',
      'VIBRATION',
    ]);
    expect(allowedTechniques(183)).toEqual(TECHNIQUE_IDS);
  });

  it('marks acupressure as professional only', () => {
    expect(TECHNIQUE_IDS.filter((technique) => TECHNIQUES[technique].professionalOnly)).toEqual(['ACUPRESSURE']);
  });

  it('recognises technique ids', () => {
    expect(isTechnique('KNEADING')).toBe(true);
    expect(isTechnique('kneading')).toBe(false);
  });
});

describe('techniques per area', () => {
  it('keeps the chest to stroking and vibration and the face to stroking', () => {
    expect(AREA_TECHNIQUES.CHEST).toEqual(['STROKING', 'VIBRATION']);
    expect(isTechniqueUsedOnArea('KNEADING', 'CHEST')).toBe(false);
    expect(isTechniqueUsedOnArea('TAPPING', 'HEAD_FACE')).toBe(false);
    expect(isTechniqueUsedOnArea('PINCHING', 'TUMMY')).toBe(true);
    expect(isTechniqueUsedOnArea('SAWING', 'BACK')).toBe(true);
  });

  it('lets every area be stroked', () => {
    for (const area of BODY_AREA_IDS) expect(isTechniqueUsedOnArea('STROKING', area)).toBe(true);
  });

  it('spells out the 001 chain', () => {
    expect(SESSION_CHAIN).toEqual({
      order: ['STROKING', 'RUBBING', 'STROKING', 'KNEADING', 'STROKING', 'VIBRATION', 'STROKING'],
      source: ['001'],
    });
  });
});
