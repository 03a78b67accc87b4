import { describe, expect, it } from 'vitest';
import { DEFAULT_CLINIC_DEFAULTS } from './clinic-defaults';
import { AREA_PLAN, checkRoutine, proposeRoutine, type ProposeRoutineInput, type RoutineStep } from './routine';
import { CONDITION_STEPS } from './therapeutic-conditions';
import { isTechniqueUsedOnArea, type BodyArea } from './techniques';

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

describe('AREA_PLAN', () => {
  it('only plans techniques that belong on the area', () => {
    for (const [area, entries] of Object.entries(AREA_PLAN)) {
      for (const entry of entries) {
        expect(isTechniqueUsedOnArea(entry.technique, area as BodyArea), `${entry.technique} on ${area}`).toBe(true);
      }
    }
  });
});

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
    expect(sequence(steps, 'ARMS_HANDS')).toEqual(['STROKING', 'RUBBING', 'STROKING', 'PASSIVE_GYMNASTICS', 'STROKING']);
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
    expect(sequence(proposeRoutine(context({ ageDays: 400, indicationKind: 'THERAPEUTIC' })))).not.toContain('ACUPRESSURE');
  });

  it('leaves out excluded areas and shortens the session', () => {
    const steps = proposeRoutine(context({ ageDays: 200, excludedAreas: ['BACK', 'CHEST'] }));
    expect(new Set(steps.map((step) => step.area))).toEqual(new Set(['ARMS_HANDS', 'LEGS_FEET', 'TUMMY', 'HEAD_FACE']));
    expect(totalMinutes(steps)).toBeLessThan(25);
    expect(totalMinutes(steps)).toBeGreaterThan(12);
  });

  it('adds clockwise tummy stroking and the legs-to-tummy exercise for colic', () => {
    const steps = proposeRoutine(context({ ageDays: 100, indicationKind: 'THERAPEUTIC', diagnosis: 'Infantile colic' }));
    expect(sequence(steps, 'TUMMY')).toEqual(['STROKING', 'RUBBING', 'STROKING', 'STROKING', 'PASSIVE_GYMNASTICS', 'STROKING']);
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
    const steps = proposeRoutine(context({ ageDays: 200, indicationKind: 'THERAPEUTIC', conditions: ['COLIC', 'CONSTIPATION'] }));
    const clockwise = steps.filter((step) => step.direction === CONDITION_STEPS.TUMMY_CLOCKWISE.direction);
    expect(clockwise).toHaveLength(1);
  });

  it('proposes nothing below the minimum age or with no area left', () => {
    expect(proposeRoutine(context({ ageDays: 20 }))).toEqual([]);
    expect(
      proposeRoutine(
        context({ ageDays: 200, excludedAreas: ['ARMS_HANDS', 'LEGS_FEET', 'CHEST', 'HEAD_FACE', 'BACK'], tummyAllowed: false }),
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

describe('checkRoutine', () => {
  const at100 = context({ ageDays: 100 });
  const proposed = proposeRoutine(at100);
  const edit = (index: number, changes: Partial<RoutineStep>) =>
    proposed.map((step, stepIndex) => (stepIndex === index ? { ...step, ...changes } : step));

  it('accepts the proposed routine', () => {
    expect(checkRoutine(proposed, at100)).toEqual({ ok: true, violations: [] });
  });

  it('rejects a technique before its age, in plain words', () => {
    const result = checkRoutine(edit(1, { technique: 'KNEADING' }), at100);
    expect(result.ok).toBe(false);
    expect(result.violations).toEqual([
      { stepIndex: 1, message: 'Step 2: kneading is allowed from 152 days (about 5 months); the child is 100 days (about 3.5 months).' },
    ]);
  });

  it('accepts a technique on the day it becomes allowed', () => {
    const at152 = context({ ageDays: 152 });
    expect(checkRoutine(proposeRoutine(at152), at152).ok).toBe(true);
    const routine = proposeRoutine(at152);
    const kneading = routine.findIndex((step) => step.technique === 'KNEADING');
    expect(kneading).toBeGreaterThan(0);
    expect(checkRoutine(routine, context({ ageDays: 151 })).violations.map((violation) => violation.stepIndex)).toContain(kneading);
  });

  it('rejects a technique on an area where it is not used', () => {
    const chest = proposed.findIndex((step) => step.area === 'CHEST');
    const result = checkRoutine(edit(chest, { technique: 'RUBBING' }), at100);
    expect(result.violations).toEqual([{ stepIndex: chest, message: `Step ${chest + 1}: rubbing is not used on the chest.` }]);
  });

  it('rejects a zone that is never massaged', () => {
    const result = checkRoutine(edit(1, { area: 'SPINE' as unknown as BodyArea }), at100);
    expect(result.violations).toEqual([{ stepIndex: 1, message: 'Step 2: never massaged in infants: the spine itself.' }]);
  });

  it('rejects an unknown area and technique from a form', () => {
    const result = checkRoutine(
      edit(1, { area: 'NECK' as unknown as BodyArea, technique: 'CUPPING' as unknown as RoutineStep['technique'] }),
      at100,
    );
    expect(result.violations.map((violation) => violation.message)).toEqual([
      'Step 2: "NECK" is not a body area that can be massaged.',
      'Step 2: "CUPPING" is not a known technique.',
    ]);
  });

  it('rejects an excluded area', () => {
    const back = proposed.findIndex((step) => step.area === 'BACK');
    const result = checkRoutine(proposed, { ...at100, excludedAreas: ['BACK'] });
    expect(result.ok).toBe(false);
    expect(result.violations[0]).toEqual({
      stepIndex: back,
      message: `Step ${back + 1}: excluded for this child by a local contraindication: back and buttocks.`,
    });
  });

  it('rejects tummy work before the umbilical wound has healed', () => {
    const tummy = proposed.findIndex((step) => step.area === 'TUMMY');
    const result = checkRoutine(proposed, { ...at100, tummyAllowed: false });
    expect(result.violations[0]).toEqual({
      stepIndex: tummy,
      message: `Step ${tummy + 1}: no tummy work until the umbilical wound is recorded as healed.`,
    });
  });

  it('rejects anticlockwise tummy work', () => {
    const tummy = proposed.findIndex((step) => step.area === 'TUMMY');
    const result = checkRoutine(edit(tummy, { direction: 'Anti-clockwise circles round the navel' }), at100);
    expect(result.violations).toEqual([{ stepIndex: tummy, message: `Step ${tummy + 1}: the tummy is worked clockwise only.` }]);
  });

  it('requires stroking first and last', () => {
    // Cutting the opening arm stroke and the closing back stroke leaves rubbing at both ends.
    const cut = proposed.slice(1, -1);
    const result = checkRoutine(cut, at100);
    expect(result.violations).toEqual([
      { stepIndex: 0, message: 'A session begins with stroking; step 1 is rubbing.' },
      { stepIndex: cut.length - 1, message: 'A session ends with stroking; the last step is rubbing.' },
    ]);
  });

  it('rejects a session longer than the age allows', () => {
    const result = checkRoutine(edit(0, { minutes: (proposed[0]?.minutes ?? 0) + 1 }), at100);
    expect(result.violations).toEqual([
      { stepIndex: null, message: 'The session totals 16 min; at 100 days (about 3.5 months) it may last at most 15 min.' },
    ]);
  });

  it('rejects a session with no time in it', () => {
    const result = checkRoutine(
      [{ area: 'ARMS_HANDS', technique: 'STROKING', direction: 'Hand to shoulder.', repetitions: 5, minutes: 0.5 }],
      at100,
    );
    expect(result.violations).toEqual([{ stepIndex: null, message: 'The session totals 0.5 min; it should last at least 1 min.' }]);
  });

  it('rejects bad minutes, repetitions and a missing direction', () => {
    const result = checkRoutine(edit(0, { minutes: 0, repetitions: 2.5, direction: ' ' }), at100);
    expect(result.violations.map((violation) => violation.message)).toEqual([
      'Step 1: say which way the hands move.',
      'Step 1: minutes must be a number above 0.',
      'Step 1: repetitions must be a whole number of at least 1, or left empty.',
    ]);
  });

  it('rejects acupressure in a preventive routine but not in a therapeutic one', () => {
    const steps: RoutineStep[] = [
      { area: 'BACK', technique: 'STROKING', direction: 'Beside the spine.', repetitions: 5, minutes: 2 },
      { area: 'BACK', technique: 'ACUPRESSURE', direction: 'Points beside the spine.', repetitions: 3, minutes: 2 },
      { area: 'BACK', technique: 'STROKING', direction: 'Beside the spine.', repetitions: 3, minutes: 1 },
    ];
    expect(checkRoutine(steps, context({ ageDays: 200 })).violations).toEqual([
      { stepIndex: 1, message: 'Step 2: acupressure is done only by a professional, not in a preventive routine.' },
    ]);
    expect(checkRoutine(steps, context({ ageDays: 200, indicationKind: 'THERAPEUTIC' })).ok).toBe(true);
  });

  it('rejects an empty routine and a child below the minimum age', () => {
    expect(checkRoutine([], at100)).toEqual({ ok: false, violations: [{ stepIndex: null, message: 'The routine has no steps.' }] });
    const young = checkRoutine(proposeRoutine(context({ ageDays: 21 })), context({ ageDays: 20 }));
    expect(young.violations[0]).toEqual({
      stepIndex: null,
      message: 'Too young to start a massage course: 20 days (about 3 weeks). The clinic starts courses from 21 days (about 3 weeks).',
    });
  });
});
