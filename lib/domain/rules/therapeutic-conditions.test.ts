import { describe, expect, it } from 'vitest';
import { AREA_TECHNIQUES, isTechniqueUsedOnArea } from './techniques';
import {
  CONDITION_STEPS,
  THERAPEUTIC_CONDITIONS,
  THERAPEUTIC_CONDITION_CODES,
  isTherapeuticConditionCode,
  matchCondition,
} from './therapeutic-conditions';

describe('THERAPEUTIC_CONDITIONS', () => {
  it('names the conditions of the guide', () => {
    expect(THERAPEUTIC_CONDITION_CODES).toEqual([
      'COLIC',
      'CONSTIPATION',
      'HYPERTONIA',
      'HYPOTONIA',
      'FLAT_FEET',
      'UMBILICAL_HERNIA',
      'INGUINAL_HERNIA',
      'TORTICOLLIS',
      'HIP_DYSPLASIA',
      'RICKETS',
      'DACRYOCYSTITIS',
    ]);
    for (const code of THERAPEUTIC_CONDITION_CODES) expect(THERAPEUTIC_CONDITIONS[code].code).toBe(code);
  });

  it('gives colic and constipation clockwise tummy stroking and the legs-to-tummy exercise', () => {
    expect(THERAPEUTIC_CONDITIONS.COLIC.steps).toEqual(['TUMMY_CLOCKWISE', 'RIBS_TO_TUMMY', 'LEGS_TO_TUMMY']);
    expect(THERAPEUTIC_CONDITIONS.CONSTIPATION.steps).toEqual(['TUMMY_CLOCKWISE', 'LEGS_TO_TUMMY', 'FOOT_CIRCLES']);
    expect(CONDITION_STEPS.TUMMY_CLOCKWISE).toMatchObject({ area: 'TUMMY', technique: 'STROKING' });
    expect(CONDITION_STEPS.TUMMY_CLOCKWISE.direction).toContain('clockwise');
    expect(CONDITION_STEPS.LEGS_TO_TUMMY).toMatchObject({
      area: 'TUMMY',
      technique: 'PASSIVE_GYMNASTICS',
      repetitions: 4,
    });
  });

  it('gives flat feet foot work only', () => {
    const areas = THERAPEUTIC_CONDITIONS.FLAT_FEET.steps.map((id) => CONDITION_STEPS[id].area);
    expect(areas).toEqual(['LEGS_FEET', 'LEGS_FEET', 'LEGS_FEET']);
    expect(THERAPEUTIC_CONDITIONS.FLAT_FEET.source).toContain('003');
  });

  it('marks the conditions the texts reserve for a professional', () => {
    expect(THERAPEUTIC_CONDITION_CODES.filter((code) => THERAPEUTIC_CONDITIONS[code].professionalOnly)).toEqual([
      'UMBILICAL_HERNIA',
      'INGUINAL_HERNIA',
      'TORTICOLLIS',
      'HIP_DYSPLASIA',
      'RICKETS',
    ]);
  });

  it('only uses a technique on an area where it belongs', () => {
    for (const step of Object.values(CONDITION_STEPS)) {
      expect(isTechniqueUsedOnArea(step.technique, step.area), `${step.technique} on ${step.area}`).toBe(true);
    }
    expect(AREA_TECHNIQUES.TUMMY).toContain('PASSIVE_GYMNASTICS');
  });

  it('recognises codes', () => {
    expect(isTherapeuticConditionCode('COLIC')).toBe(true);
    expect(isTherapeuticConditionCode('colic')).toBe(false);
  });
});

describe('matchCondition', () => {
  it.each([
    ['Infantile colic', ['COLIC']],
    ['colicky, bloating', ['COLIC']],
    ['Constipation', ['CONSTIPATION']],
    ['Muscle hypertonicity of the legs', ['HYPERTONIA']],
    ['hypertonic flexors', ['HYPERTONIA']],
    ['Hypotonia', ['HYPOTONIA']],
    ['Flat feet', ['FLAT_FEET']],
    ['pigeon-toe gait', ['FLAT_FEET']],
    ['In-toeing', ['FLAT_FEET']],
    ['pigeon toes', ['FLAT_FEET']],
    ['Small umbilical hernia', ['UMBILICAL_HERNIA']],
    ['Congenital torticollis, right', ['TORTICOLLIS']],
    ['Hip dysplasia (DDH)', ['HIP_DYSPLASIA']],
    ['Rickets, grade I', ['RICKETS']],
    ['Dacryocystitis of the newborn', ['DACRYOCYSTITIS']],
    ['Healthy infant', []],
    ['', []],
  ] as const)('%s → %j', (diagnosis, expected) => {
    expect(matchCondition(diagnosis)).toEqual(expected);
  });

  it('returns every condition named, in the order of the text', () => {
    expect(matchCondition('Flat feet; hypertonia of the legs and colic')).toEqual(['FLAT_FEET', 'HYPERTONIA', 'COLIC']);
  });

  it('matches ICD-10 codes, with or without a full stop in them', () => {
    expect(matchCondition('K59.0')).toEqual(['CONSTIPATION']);
    expect(matchCondition('Q65.8 and E55.0')).toEqual(['HIP_DYSPLASIA', 'RICKETS']);
    expect(matchCondition('dx: P94.1')).toEqual(['HYPERTONIA']);
    expect(matchCondition('K42')).toEqual(['UMBILICAL_HERNIA']);
    // R10 alone is any abdominal pain, not colic.
    expect(matchCondition('R10')).toEqual([]);
  });

  it('skips conditions the text denies', () => {
    expect(matchCondition('Hypertonia; no colic')).toEqual(['HYPERTONIA']);
    expect(matchCondition('without signs of rickets')).toEqual([]);
    expect(matchCondition('torticollis ruled out, flat feet')).toEqual(['FLAT_FEET']);
  });

  it('does not take a keyword inside another word', () => {
    expect(matchCondition('gastritis')).toEqual([]);
    expect(matchCondition('bronchopulmonary dysplasia')).toEqual([]);
  });

  it('ignores case and accents', () => {
    expect(matchCondition('HYPERTONÍA')).toEqual(['HYPERTONIA']);
  });
});
