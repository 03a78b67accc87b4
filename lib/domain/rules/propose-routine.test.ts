import { describe, expect, it } from 'vitest';
import { DEFAULT_CLINIC_DEFAULTS } from './clinic-defaults';
import { proposeRoutine, scaleRoutine, type ProposeRoutineInput } from './propose-routine';
import type { RoutineStep } from './routine-steps';
import { CONDITION_STEPS } from './therapeutic-conditions';
import type { BodyArea } from './techniques';

function context(overrides: Partial<ProposeRoutineInput> = {}): ProposeRoutineInput {
  return {
    ageDays: 200,
    indicationKind: 'PREVENTIVE',
    excludedAreas: [],
    tummyAllowed: true,
    defaults: DEFAULT_CLINIC_DEFAULTS,
    ...overrides,
  };
}

const sequence = (steps: readonly RoutineStep[], area?: BodyArea) =>
  steps.filter((step) => area === undefined || step.area === area).map((step) => step.technique);
const totalMinutes = (steps: readonly RoutineStep[]) => steps.reduce((sum, step) => sum + step.minutes, 0);

describe('proposeRoutine', () => {
  it('gives a 30-day-old six areas of stroking only, 5 minutes in all', () => {
    const steps = proposeRoutine(context({ ageDays: 30 }));
    expect(steps.map(({ area, technique, minutes }) => [area, technique, minutes])).toEqual([
      ['ARMS_HANDS', 'STROKING', 1],
      ['LEGS_FEET', 'STROKING', 1],
      ['CHEST', 'STROKING', 0.75],
      ['TUMMY', 'STROKING', 0.75],
      ['HEAD_FACE', 'STROKING', 0.75],
      ['BACK', 'STROKING', 0.75],
    ]);
    expect(steps[0]).toEqual({
      area: 'ARMS_HANDS',
      technique: 'STROKING',
      direction: 'From the hand up to the shoulder along the outer side of the arm; skip the armpit and the elbow.',
      repetitions: 5,
      minutes: 1,
    });
  });

  it('leaves out the tummy until the umbilical wound has healed, and shortens the session', () => {
    const steps = proposeRoutine(context({ ageDays: 30, tummyAllowed: false }));
    expect(steps.map((step) => step.area)).toEqual(['ARMS_HANDS', 'LEGS_FEET', 'CHEST', 'HEAD_FACE', 'BACK']);
    expect(totalMinutes(steps)).toBe(4);
  });

  it('adds rubbing between strokes at 2 months', () => {
    const steps = proposeRoutine(context({ ageDays: 61 }));
    expect(sequence(steps, 'ARMS_HANDS')).toEqual(['STROKING', 'RUBBING', 'STROKING']);
    expect(sequence(steps, 'CHEST')).toEqual(['STROKING']);
    expect(totalMinutes(steps)).toBe(15);
  });

  it('adds arm and leg gymnastics at 3 months, still without kneading', () => {
    const steps = proposeRoutine(context({ ageDays: 100 }));
    expect(sequence(steps, 'ARMS_HANDS')).toEqual([
      'STROKING',
      'RUBBING',
      'STROKING',
      'PASSIVE_GYMNASTICS',
      'STROKING',
    ]);
    expect(steps.find((step) => step.technique === 'PASSIVE_GYMNASTICS')).toMatchObject({
      direction: 'Cross the arms over the chest, then open them out to the sides.',
      repetitions: 6,
    });
    expect(sequence(steps)).not.toContain('KNEADING');
    expect(totalMinutes(steps)).toBe(15);
  });

  it('follows stroking – rubbing – stroking – kneading – stroking – vibration – stroking on the back at 6 months', () => {
    const steps = proposeRoutine(context({ ageDays: 200 }));
    expect(sequence(steps, 'BACK')).toEqual([
      'STROKING',
      'RUBBING',
      'SAWING',
      'STROKING',
      'KNEADING',
      'STROKING',
      'VIBRATION',
      'STROKING',
    ]);
    expect(sequence(steps, 'LEGS_FEET')).toEqual([
      'STROKING',
      'RUBBING',
      'STROKING',
      'KNEADING',
      'STROKING',
      'TAPPING',
      'STROKING',
      'PASSIVE_GYMNASTICS',
      'STROKING',
    ]);
    expect(sequence(steps, 'TUMMY')).toEqual(['STROKING', 'RUBBING', 'STROKING', 'PINCHING', 'STROKING']);
    expect(totalMinutes(steps)).toBe(25);
  });

  it('never proposes acupressure', () => {
    expect(sequence(proposeRoutine(context({ ageDays: 400, indicationKind: 'THERAPEUTIC' })))).not.toContain(
      'ACUPRESSURE',
    );
  });

  it('leaves out excluded areas and shortens the session', () => {
    const steps = proposeRoutine(context({ ageDays: 200, excludedAreas: ['BACK', 'CHEST'] }));
    expect(new Set(steps.map((step) => step.area))).toEqual(new Set(['ARMS_HANDS', 'LEGS_FEET', 'TUMMY', 'HEAD_FACE']));
    expect(totalMinutes(steps)).toBeLessThan(25);
    expect(totalMinutes(steps)).toBeGreaterThan(12);
  });

  it('adds clockwise tummy stroking and the legs-to-tummy exercise for colic', () => {
    const steps = proposeRoutine(
      context({ ageDays: 100, indicationKind: 'THERAPEUTIC', diagnosis: 'Infantile colic' }),
    );
    expect(sequence(steps, 'TUMMY')).toEqual([
      'STROKING',
      'RUBBING',
      'STROKING',
      'STROKING',
      'PASSIVE_GYMNASTICS',
      'STROKING',
    ]);
    const tummy = steps.filter((step) => step.area === 'TUMMY');
    expect(tummy[2]?.direction).toBe(CONDITION_STEPS.TUMMY_CLOCKWISE.direction);
    expect(tummy[3]?.direction).toBe(CONDITION_STEPS.RIBS_TO_TUMMY.direction);
    expect(tummy[4]?.direction).toBe(CONDITION_STEPS.LEGS_TO_TUMMY.direction);
    expect(totalMinutes(steps)).toBe(15);
  });

  it('gives colic before 3 months the tummy stroking but not yet the exercise', () => {
    const steps = proposeRoutine(context({ ageDays: 60, indicationKind: 'THERAPEUTIC', conditions: ['COLIC'] }));
    expect(sequence(steps, 'TUMMY')).toEqual(['STROKING', 'STROKING', 'STROKING']);
    expect(sequence(steps)).not.toContain('PASSIVE_GYMNASTICS');
    expect(totalMinutes(steps)).toBe(5);
  });

  it('drops the condition steps of an area the child cannot have', () => {
    const steps = proposeRoutine(
      context({ ageDays: 100, indicationKind: 'THERAPEUTIC', conditions: ['COLIC'], tummyAllowed: false }),
    );
    expect(steps.some((step) => step.area === 'TUMMY')).toBe(false);
  });

  it('adds foot work for flat feet', () => {
    const steps = proposeRoutine(context({ ageDays: 200, indicationKind: 'CORRECTIVE', diagnosis: 'Flat feet' }));
    const directions = steps.filter((step) => step.area === 'LEGS_FEET').map((step) => step.direction);
    expect(directions).toContain(CONDITION_STEPS.FOOT_FIGURE_EIGHT.direction);
    expect(directions).toContain(CONDITION_STEPS.SOLE_RUB.direction);
    expect(directions).toContain(CONDITION_STEPS.FOOT_FLEX_EXTEND.direction);
  });

  it('lets condition codes win over the diagnosis text', () => {
    const steps = proposeRoutine(
      context({ ageDays: 200, indicationKind: 'THERAPEUTIC', diagnosis: 'colic', conditions: ['TORTICOLLIS'] }),
    );
    const directions = steps.map((step) => step.direction);
    expect(directions).toContain(CONDITION_STEPS.NECK_STROKING.direction);
    expect(directions).not.toContain(CONDITION_STEPS.TUMMY_CLOCKWISE.direction);
  });

  it('ignores a diagnosis in a preventive course', () => {
    const plain = proposeRoutine(context({ ageDays: 200 }));
    expect(proposeRoutine(context({ ageDays: 200, diagnosis: 'colic' }))).toEqual(plain);
  });

  it('adds each shared condition step once', () => {
    const steps = proposeRoutine(
      context({ ageDays: 200, indicationKind: 'THERAPEUTIC', conditions: ['COLIC', 'CONSTIPATION'] }),
    );
    const clockwise = steps.filter((step) => step.direction === CONDITION_STEPS.TUMMY_CLOCKWISE.direction);
    expect(clockwise).toHaveLength(1);
  });

  it('proposes nothing below the minimum age or with no area left', () => {
    expect(proposeRoutine(context({ ageDays: 20 }))).toEqual([]);
    expect(
      proposeRoutine(
        context({
          ageDays: 200,
          excludedAreas: ['ARMS_HANDS', 'LEGS_FEET', 'CHEST', 'HEAD_FACE', 'BACK'],
          tummyAllowed: false,
        }),
      ),
    ).toEqual([]);
  });

  it('gives a single remaining area at least a minute', () => {
    const steps = proposeRoutine(
      context({ ageDays: 30, excludedAreas: ['ARMS_HANDS', 'LEGS_FEET', 'CHEST', 'TUMMY', 'BACK'] }),
    );
    expect(steps).toEqual([
      {
        area: 'HEAD_FACE',
        technique: 'STROKING',
        direction:
          'Fingertips from the middle of the forehead to the temples, then along the jaw to the chin; never the fontanelle.',
        repetitions: 3,
        minutes: 1,
      },
    ]);
  });

  it("fills the clinic's longer session setting", () => {
    const clinic = { ...DEFAULT_CLINIC_DEFAULTS, sessionMaxMinutes2To6Months: 20 };
    expect(totalMinutes(proposeRoutine(context({ ageDays: 120, defaults: clinic })))).toBe(20);
  });
});

describe('scaleRoutine', () => {
  const step = { area: 'BACK', technique: 'STROKING', direction: 'Down the back.', repetitions: 5 } as const;
  const routine = [
    { ...step, minutes: 1 },
    { ...step, technique: 'RUBBING' as const, minutes: 2 },
    { ...step, minutes: 1 },
  ];

  it('keeps a routine that already fits the day’s minutes', () => {
    expect(scaleRoutine(routine, 4)).toEqual(routine);
    expect(scaleRoutine(routine, 10)).toEqual(routine);
  });

  it('shrinks each step in proportion, in quarter minutes, to the day’s minutes', () => {
    expect(scaleRoutine(routine, 2).map((scaled) => scaled.minutes)).toEqual([0.5, 1, 0.5]);
    const scaled = scaleRoutine(routine, 3);
    expect(scaled.reduce((sum, scaled) => sum + scaled.minutes, 0)).toBe(3);
    expect(scaled.map((scaled) => scaled.technique)).toEqual(['STROKING', 'RUBBING', 'STROKING']);
  });

  it('gives every step at least a quarter minute', () => {
    expect(scaleRoutine(routine, 0.5).map((scaled) => scaled.minutes)).toEqual([0.25, 0.25, 0.25]);
  });
});
