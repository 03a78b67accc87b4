import { describe, expect, it } from 'vitest';
import { routineContext } from './routine-context.fixtures';
import { DEFAULT_CLINIC_DEFAULTS } from './clinic-defaults';
import {
  planRoutine as planRoutineReferences,
  proposeRoutine,
  scaleRoutine,
  type ProposeRoutineInput,
} from './propose-routine';
import type { RoutineStep } from './routine-steps';
import { CONDITION_STEPS } from './therapeutic-conditions';
import type { BodyArea } from './techniques';

import { translateAll } from '@/lib/i18n/translate-all';
import { translatorFor } from '@/lib/i18n/translator';
import { checkRoutine as checkRoutineReferences } from './check-routine';

/** The plan with the reasons for what it left out read in English (they are catalog references). */
const planRoutine = (...args: Parameters<typeof planRoutineReferences>) =>
  translateAll(planRoutineReferences(...args), translatorFor('en'));

/** The check with its messages read in English (they are catalog references). */
const checkRoutine = (...args: Parameters<typeof checkRoutineReferences>) =>
  translateAll(checkRoutineReferences(...args), translatorFor('en'));

const sequence = (steps: readonly RoutineStep[], area?: BodyArea) =>
  steps.filter((step) => area === undefined || step.area === area).map((step) => step.technique);
const totalMinutes = (steps: readonly RoutineStep[]) => steps.reduce((sum, step) => sum + step.minutes, 0);

describe('proposeRoutine', () => {
  it('gives a 30-day-old six areas of stroking only, 5 minutes in all', () => {
    const steps = proposeRoutine(routineContext({ ageDays: 30 }));
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
    const steps = proposeRoutine(routineContext({ ageDays: 30, tummyAllowed: false }));
    expect(steps.map((step) => step.area)).toEqual(['ARMS_HANDS', 'LEGS_FEET', 'CHEST', 'HEAD_FACE', 'BACK']);
    expect(totalMinutes(steps)).toBe(4);
  });

  it('adds rubbing between strokes at 2 months', () => {
    const steps = proposeRoutine(routineContext({ ageDays: 61 }));
    expect(sequence(steps, 'ARMS_HANDS')).toEqual(['STROKING', 'RUBBING', 'STROKING']);
    expect(sequence(steps, 'CHEST')).toEqual(['STROKING']);
    expect(totalMinutes(steps)).toBe(15);
  });

  it('adds arm and leg gymnastics at 3 months, still without kneading', () => {
    const steps = proposeRoutine(routineContext({ ageDays: 100 }));
    expect(sequence(steps, 'ARMS_HANDS')).toEqual([
      'STROKING',
      'RUBBING',
      'STROKING',
      'PASSIVE_GYMNASTICS',
      'STROKING',
    ]);
    expect(steps.find((step) => step.technique === 'PASSIVE_GYMNASTICS')).toMatchObject({
      direction: 'Cross the arms over the chest, then open them out to the sides (5–8 times).',
      // New at 91 days: at most twice in its first 3 weeks (001).
      repetitions: 2,
    });
    expect(sequence(steps)).not.toContain('KNEADING');
    expect(totalMinutes(steps)).toBe(15);
  });

  it('follows stroking – rubbing – stroking – kneading – stroking – vibration – stroking on the back at 6 months', () => {
    const steps = proposeRoutine(routineContext({ ageDays: 200 }));
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
    expect(sequence(proposeRoutine(routineContext({ ageDays: 400, indicationKind: 'THERAPEUTIC' })))).not.toContain(
      'ACUPRESSURE',
    );
  });

  it('leaves out excluded areas and shortens the session', () => {
    const steps = proposeRoutine(routineContext({ ageDays: 200, excludedAreas: ['BACK', 'CHEST'] }));
    expect(new Set(steps.map((step) => step.area))).toEqual(new Set(['ARMS_HANDS', 'LEGS_FEET', 'TUMMY', 'HEAD_FACE']));
    expect(totalMinutes(steps)).toBeLessThan(25);
    expect(totalMinutes(steps)).toBeGreaterThan(12);
  });

  it('adds clockwise tummy stroking and the legs-to-tummy exercise for colic', () => {
    const steps = proposeRoutine(
      routineContext({ ageDays: 100, indicationKind: 'THERAPEUTIC', conditions: ['COLIC'] }),
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
    const steps = proposeRoutine(routineContext({ ageDays: 60, indicationKind: 'THERAPEUTIC', conditions: ['COLIC'] }));
    expect(sequence(steps, 'TUMMY')).toEqual(['STROKING', 'STROKING', 'STROKING']);
    expect(sequence(steps)).not.toContain('PASSIVE_GYMNASTICS');
    expect(totalMinutes(steps)).toBe(5);
  });

  it('drops the condition steps of an area the child cannot have', () => {
    const steps = proposeRoutine(
      routineContext({ ageDays: 100, indicationKind: 'THERAPEUTIC', conditions: ['COLIC'], tummyAllowed: false }),
    );
    expect(steps.some((step) => step.area === 'TUMMY')).toBe(false);
  });

  it('adds foot work for flat feet', () => {
    const steps = proposeRoutine(
      routineContext({ ageDays: 200, indicationKind: 'CORRECTIVE', conditions: ['FLAT_FEET'] }),
    );
    const directions = steps.filter((step) => step.area === 'LEGS_FEET').map((step) => step.direction);
    expect(directions).toContain(CONDITION_STEPS.FOOT_FIGURE_EIGHT.direction);
    expect(directions).toContain(CONDITION_STEPS.SOLE_RUB.direction);
    expect(directions).toContain(CONDITION_STEPS.FOOT_FLEX_EXTEND.direction);
  });

  it('adds the neck stroking of torticollis only', () => {
    const steps = proposeRoutine(
      routineContext({ ageDays: 200, indicationKind: 'THERAPEUTIC', conditions: ['TORTICOLLIS'] }),
    );
    const directions = steps.map((step) => step.direction);
    expect(directions).toContain(CONDITION_STEPS.NECK_STROKING.direction);
    expect(directions).not.toContain(CONDITION_STEPS.TUMMY_CLOCKWISE.direction);
  });

  it('adds no condition steps in a preventive course', () => {
    const plain = proposeRoutine(routineContext({ ageDays: 200 }));
    expect(proposeRoutine(routineContext({ ageDays: 200, conditions: ['COLIC'] }))).toEqual(plain);
  });

  it('adds each shared condition step once', () => {
    const steps = proposeRoutine(
      routineContext({ ageDays: 200, indicationKind: 'THERAPEUTIC', conditions: ['COLIC', 'CONSTIPATION'] }),
    );
    const clockwise = steps.filter((step) => step.direction === CONDITION_STEPS.TUMMY_CLOCKWISE.direction);
    expect(clockwise).toHaveLength(1);
  });

  it('proposes nothing below the minimum age or with no area left', () => {
    expect(proposeRoutine(routineContext({ ageDays: 20 }))).toEqual([]);
    expect(
      proposeRoutine(
        routineContext({
          ageDays: 200,
          excludedAreas: ['ARMS_HANDS', 'LEGS_FEET', 'CHEST', 'HEAD_FACE', 'BACK'],
          tummyAllowed: false,
        }),
      ),
    ).toEqual([]);
  });

  it('gives a single remaining area at least a minute', () => {
    const steps = proposeRoutine(
      routineContext({ ageDays: 30, excludedAreas: ['ARMS_HANDS', 'LEGS_FEET', 'CHEST', 'TUMMY', 'BACK'] }),
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
    expect(totalMinutes(proposeRoutine(routineContext({ ageDays: 120, defaults: clinic })))).toBe(20);
  });
});

describe('planRoutine: what the conditions leave out, and why', () => {
  const therapeutic = (overrides: Partial<ProposeRoutineInput>) =>
    routineContext({ indicationKind: 'THERAPEUTIC', ...overrides });

  it('gives a hip-dysplasia course no exercise that loads the hips, and says which were left out', () => {
    const { steps, dropped } = planRoutine(therapeutic({ ageDays: 200, conditions: ['HIP_DYSPLASIA'] }));
    const directions = steps.map((step) => step.direction);
    expect(directions.some((direction) => /walking|crawling|stand the baby/i.test(direction))).toBe(false);
    expect(directions).toContain(CONDITION_STEPS.BUTTOCKS_STROKING.direction);
    expect(dropped.map((step) => step.direction.split(':')[0])).toEqual([
      'Walking with support',
      'Crawling',
      'Fitball',
    ]);
    expect(dropped[0]?.reason).toMatch(/^not for Hip dysplasia: no exercise or position that loads/);
    expect(checkRoutine(steps, therapeutic({ ageDays: 200, conditions: ['HIP_DYSPLASIA'] })).ok).toBe(true);
  });

  it('drops the leg bending of a 3-month-old with hip dysplasia, keeping the foot work', () => {
    const { steps } = planRoutine(therapeutic({ ageDays: 120, conditions: ['HIP_DYSPLASIA', 'FLAT_FEET'] }));
    expect(steps.some((step) => step.direction.startsWith('Bend'))).toBe(false);
    expect(steps.map((step) => step.direction)).toContain(CONDITION_STEPS.FOOT_FLEX_EXTEND.direction);
  });

  it('keeps a rickets course to stroking and rubbing', () => {
    const { steps, dropped } = planRoutine(therapeutic({ ageDays: 250, conditions: ['RICKETS'] }));
    expect(new Set(sequence(steps))).toEqual(new Set(['STROKING', 'RUBBING']));
    expect(new Set(dropped.map((step) => step.technique))).toEqual(
      new Set(['KNEADING', 'TAPPING', 'SAWING', 'VIBRATION', 'PASSIVE_GYMNASTICS', 'PINCHING', 'EXERCISE']),
    );
    expect(totalMinutes(steps)).toBe(25);
  });

  it('tells the doctor the colic steps wait for the umbilical wound', () => {
    const { dropped } = planRoutine(therapeutic({ ageDays: 100, conditions: ['COLIC'], tummyAllowed: false }));
    expect(dropped).toEqual(
      ['TUMMY_CLOCKWISE', 'RIBS_TO_TUMMY', 'LEGS_TO_TUMMY'].map((id) => ({
        area: 'TUMMY',
        technique: CONDITION_STEPS[id as 'TUMMY_CLOCKWISE'].technique,
        direction: CONDITION_STEPS[id as 'TUMMY_CLOCKWISE'].direction,
        reason: 'no tummy work until the umbilical wound is recorded as healed.',
      })),
    );
  });

  it('tells the doctor a condition step waits for an age', () => {
    const { dropped } = planRoutine(therapeutic({ ageDays: 60, conditions: ['COLIC'] }));
    expect(dropped).toEqual([
      {
        area: 'TUMMY',
        technique: 'PASSIVE_GYMNASTICS',
        direction: CONDITION_STEPS.LEGS_TO_TUMMY.direction,
        reason: 'Gymnastics (passive exercises) is allowed from 91 days (about 3 months).',
      },
    ]);
  });

  it('leaves neck work out of a home routine', () => {
    const atClinic = planRoutine(therapeutic({ ageDays: 200, conditions: ['TORTICOLLIS'] }));
    expect(atClinic.steps.map((step) => step.direction)).toContain(CONDITION_STEPS.NECK_STROKING.direction);
    const atHome = planRoutine(therapeutic({ ageDays: 200, conditions: ['TORTICOLLIS'], atHome: true }));
    expect(atHome.steps.map((step) => step.direction)).not.toContain(CONDITION_STEPS.NECK_STROKING.direction);
    expect(atHome.dropped).toEqual([
      {
        area: 'BACK',
        technique: 'STROKING',
        direction: CONDITION_STEPS.NECK_STROKING.direction,
        reason: 'Neck work is done only by a professional, not in a home routine (001).',
      },
    ]);
  });

  it('reports nothing below the minimum age', () => {
    expect(planRoutine(therapeutic({ ageDays: 20, conditions: ['COLIC'] }))).toEqual({ steps: [], dropped: [] });
  });
});

describe('proposeRoutine: exercises by age (001, 002)', () => {
  const exercises = (steps: readonly RoutineStep[]) =>
    steps
      .filter((step) => step.area === 'WHOLE_BODY' && step.technique !== 'STROKING')
      .map((step) => step.direction.split(':')[0]);

  it('has no whole-body exercises before 2 months', () => {
    expect(exercises(proposeRoutine(routineContext({ ageDays: 60 })))).toEqual([]);
    expect(proposeRoutine(routineContext({ ageDays: 60 })).some((step) => step.area === 'WHOLE_BODY')).toBe(false);
  });

  it('rocks the baby on the ball from 2 months, adds tummy time and rolling at 3, crawling at 5, standing on the ball at 6', () => {
    expect(exercises(proposeRoutine(routineContext({ ageDays: 61 })))).toEqual(['Fitball']);
    expect(exercises(proposeRoutine(routineContext({ ageDays: 91 })))).toEqual(['Fitball', 'Tummy time', 'Rolling']);
    expect(exercises(proposeRoutine(routineContext({ ageDays: 152 })))).toEqual([
      'Fitball',
      'Tummy time',
      'Rolling',
      'Crawling',
    ]);
    expect(exercises(proposeRoutine(routineContext({ ageDays: 183 })))).toEqual(['Tummy time', 'Crawling', 'Fitball']);
  });

  it('waits with them while the umbilical wound is open or an area is left out', () => {
    expect(exercises(proposeRoutine(routineContext({ ageDays: 100, tummyAllowed: false })))).toEqual([]);
    expect(exercises(proposeRoutine(routineContext({ ageDays: 100, excludedAreas: ['HEAD_FACE'] })))).toEqual([]);
  });

  it('does a new exercise at most twice in its first 3 weeks', () => {
    const reps = (ageDays: number) =>
      proposeRoutine(routineContext({ ageDays })).find((step) => step.direction.startsWith('Cross the arms'))
        ?.repetitions;
    expect(reps(91)).toBe(2);
    expect(reps(111)).toBe(2);
    expect(reps(112)).toBe(6);
  });

  it('keeps the session ending with stroking of the back', () => {
    const steps = proposeRoutine(routineContext({ ageDays: 200 }));
    expect(steps.at(-1)).toMatchObject({ area: 'BACK', technique: 'STROKING' });
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
