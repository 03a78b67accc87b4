import { describe, expect, it } from 'vitest';
import { AREA_PLAN, type RoutineStep } from './routine-steps';
import { stepTraits } from './step-traits';
import { CONDITION_STEPS } from './therapeutic-conditions';

const step = (fields: Omit<RoutineStep, 'minutes' | 'repetitions'>): RoutineStep => ({
  ...fields,
  repetitions: 3,
  minutes: 0.5,
});
const fromCatalogue = (entry: Omit<RoutineStep, 'minutes'>) => ({ ...entry, minutes: 0.5 });
const planEntry = (area: keyof typeof AREA_PLAN, prefix: string) => {
  const entry = AREA_PLAN[area].find((candidate) => candidate.direction.startsWith(prefix));
  if (entry === undefined) throw new Error(`no ${prefix} in ${area}`);
  return fromCatalogue({
    area,
    technique: entry.technique,
    direction: entry.direction,
    repetitions: entry.repetitions,
  });
};

describe('stepTraits', () => {
  it("reads the rule book's own steps from their data", () => {
    expect(stepTraits(fromCatalogue(CONDITION_STEPS.LEGS_TO_TUMMY))).toEqual({
      loads: ['HIPS'],
      worksNeck: false,
      professionalOnly: false,
    });
    expect(stepTraits(fromCatalogue(CONDITION_STEPS.NECK_STROKING))).toEqual({
      loads: [],
      worksNeck: true,
      professionalOnly: true,
    });
    expect(stepTraits(fromCatalogue(CONDITION_STEPS.FOOT_FLEX_EXTEND)).loads).toEqual([]);
    expect(stepTraits(fromCatalogue(CONDITION_STEPS.BACK_EXTENSION_REFLEX)).worksNeck).toBe(false);
    expect(stepTraits(planEntry('WHOLE_BODY', 'Fitball: baby on the tummy')).loads).toEqual([]);
    expect(stepTraits(planEntry('WHOLE_BODY', 'Crawling')).loads).toEqual(['HIPS']);
    expect(stepTraits(planEntry('LEGS_FEET', 'Walking with support')).loads).toEqual(['HIPS']);
    expect(stepTraits(planEntry('ARMS_HANDS', 'Once the head is held well')).loads).toEqual([]);
  });

  it('treats any edited exercise of the legs, tummy or whole body as loading the hips', () => {
    const edited = { ...fromCatalogue(CONDITION_STEPS.FOOT_FLEX_EXTEND), direction: 'Gently flex the foot.' };
    expect(stepTraits(edited).loads).toEqual(['HIPS']);
    expect(stepTraits(step({ area: 'WHOLE_BODY', technique: 'EXERCISE', direction: 'Tummy time.' })).loads).toEqual([
      'HIPS',
    ]);
  });

  it('reads hip words only in an exercise elsewhere, not in a stroke', () => {
    const pull = step({ area: 'ARMS_HANDS', technique: 'PASSIVE_GYMNASTICS', direction: 'Pull up to sitting.' });
    expect(stepTraits(pull).loads).toEqual([]);
    const stand = step({ area: 'ARMS_HANDS', technique: 'PASSIVE_GYMNASTICS', direction: 'Stand the baby up.' });
    expect(stepTraits(stand).loads).toEqual(['HIPS']);
    const stroke = step({ area: 'BACK', technique: 'STROKING', direction: 'From the hips to the tailbone.' });
    expect(stepTraits(stroke).loads).toEqual([]);
  });

  it('makes neck work and acupressure professional-only', () => {
    const neck = step({ area: 'BACK', technique: 'STROKING', direction: 'Stroke the neck gently.' });
    expect(stepTraits(neck)).toEqual({ loads: [], worksNeck: true, professionalOnly: true });
    const points = step({ area: 'LEGS_FEET', technique: 'ACUPRESSURE', direction: 'Press the sole points.' });
    expect(stepTraits(points).professionalOnly).toBe(true);
  });
});
