import { describe, expect, it } from 'vitest';
import { routineContext } from './routine-context.fixtures';

import { proposeRoutine } from './propose-routine';
import { AREA_PLAN, type RoutineStep } from './routine-steps';
import { CONDITION_STEPS } from './therapeutic-conditions';
import type { BodyArea } from './techniques';

import { translateAll } from '@/lib/i18n/translate-all';
import { translatorFor } from '@/lib/i18n/translator';
import { checkRoutine as checkRoutineReferences } from './check-routine';

/** The check with its messages read in English (they are catalog references). */
const checkRoutine = (...args: Parameters<typeof checkRoutineReferences>) =>
  translateAll(checkRoutineReferences(...args), translatorFor('en'));

describe('checkRoutine', () => {
  const at100 = routineContext({ ageDays: 100 });
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
      {
        stepIndex: 1,
        message: 'Step 2: Kneading is allowed from 152 days (about 5 months); the child is 100 days (about 3 months).',
      },
    ]);
  });

  it('accepts a technique on the day it becomes allowed', () => {
    const at152 = routineContext({ ageDays: 152 });
    expect(checkRoutine(proposeRoutine(at152), at152).ok).toBe(true);
    const routine = proposeRoutine(at152);
    const kneading = routine.findIndex((step) => step.technique === 'KNEADING');
    expect(kneading).toBeGreaterThan(0);
    expect(
      checkRoutine(routine, routineContext({ ageDays: 151 })).violations.map((violation) => violation.stepIndex),
    ).toContain(kneading);
  });

  it('rejects a technique on an area where it is not used', () => {
    const chest = proposed.findIndex((step) => step.area === 'CHEST');
    const result = checkRoutine(edit(chest, { technique: 'RUBBING' }), at100);
    expect(result.violations).toEqual([
      { stepIndex: chest, message: `Step ${chest + 1}: Rubbing is not used on this area (Chest).` },
    ]);
  });

  it('rejects a zone that is never massaged', () => {
    const result = checkRoutine(edit(1, { area: 'SPINE' as unknown as BodyArea }), at100);
    expect(result.violations).toEqual([
      { stepIndex: 1, message: 'Step 2: never massaged in infants: The spine itself.' },
    ]);
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
    expect(result.violations).toContainEqual({
      stepIndex: back,
      message: `Step ${back + 1}: excluded for this child by a local contraindication: Back and buttocks.`,
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
    expect(result.violations).toEqual([
      { stepIndex: tummy, message: `Step ${tummy + 1}: the tummy is stroked clockwise only (000, 001, 002).` },
    ]);
  });

  it('requires stroking first and last', () => {
    // Cutting the opening arm stroke and the closing back stroke leaves rubbing at both ends.
    const cut = proposed.slice(1, -1);
    const result = checkRoutine(cut, at100);
    expect(result.violations).toEqual([
      { stepIndex: 0, message: 'A session begins with stroking; step 1 is Rubbing.' },
      { stepIndex: cut.length - 1, message: 'A session ends with stroking; the last step is Rubbing.' },
    ]);
  });

  it('rejects a session longer than the age allows', () => {
    const result = checkRoutine(edit(0, { minutes: (proposed[0]?.minutes ?? 0) + 1 }), at100);
    expect(result.violations).toEqual([
      {
        stepIndex: null,
        message: 'The session totals 16 min; at 100 days (about 3 months) it may last at most 15 min.',
      },
    ]);
  });

  it('rejects a session with no time in it', () => {
    const result = checkRoutine(
      [{ area: 'ARMS_HANDS', technique: 'STROKING', direction: 'Hand to shoulder.', repetitions: 5, minutes: 0.5 }],
      at100,
    );
    expect(result.violations).toEqual([
      { stepIndex: null, message: 'The session totals 30 s; it should last at least 1 min.' },
    ]);
  });

  it('rejects bad minutes, repetitions and a missing direction', () => {
    const result = checkRoutine(edit(0, { minutes: 0, repetitions: 2.5, direction: ' ' }), at100);
    expect(result.violations.map((violation) => violation.message)).toEqual([
      'Step 1: say which way the hands move.',
      'Step 1: give it a time above 0, in whole minutes and seconds.',
      'Step 1: repetitions must be a whole number of at least 1, or left empty.',
    ]);
  });

  it('rejects acupressure in a preventive routine but not in a therapeutic one', () => {
    const steps: RoutineStep[] = [
      { area: 'BACK', technique: 'STROKING', direction: 'Beside the spine.', repetitions: 5, minutes: 2 },
      { area: 'BACK', technique: 'ACUPRESSURE', direction: 'Points beside the spine.', repetitions: 3, minutes: 2 },
      { area: 'BACK', technique: 'STROKING', direction: 'Beside the spine.', repetitions: 3, minutes: 1 },
    ];
    expect(checkRoutine(steps, routineContext({ ageDays: 200 })).violations).toEqual([
      {
        stepIndex: 1,
        message: 'Step 2: Acupressure is done only by a professional, not in a preventive routine (000).',
      },
    ]);
    expect(checkRoutine(steps, routineContext({ ageDays: 200, indicationKind: 'THERAPEUTIC' })).ok).toBe(true);
  });

  it('rejects an empty routine and a child below the minimum age', () => {
    expect(checkRoutine([], at100)).toEqual({
      ok: false,
      violations: [{ stepIndex: null, message: 'The routine has no steps.' }],
    });
    const young = checkRoutine(proposeRoutine(routineContext({ ageDays: 21 })), routineContext({ ageDays: 20 }));
    expect(young.violations[0]).toEqual({
      stepIndex: null,
      message:
        'Too young to start a massage course: 20 days (2 weeks). The clinic starts courses from 21 days (3 weeks).',
    });
  });
});

describe('checkRoutine: the course conditions, the place and the words', () => {
  const hipCourse = routineContext({ ageDays: 120, indicationKind: 'THERAPEUTIC', conditions: ['HIP_DYSPLASIA'] });
  const legBend = AREA_PLAN.LEGS_FEET.find((entry) => entry.direction.startsWith('Bend'));

  it('names the condition beside a step it rules out', () => {
    const steps = proposeRoutine(hipCourse);
    if (legBend === undefined) throw new Error('the plan has leg bending');
    const edited = [...steps.slice(0, 2), { area: 'LEGS_FEET' as const, ...legBend, minutes: 0.25 }, ...steps.slice(2)];
    expect(checkRoutine(edited, hipCourse).violations).toContainEqual({
      stepIndex: 2,
      message:
        'Step 3: not for Hip dysplasia: no exercise or position that loads, bends or rotates the hips: hip work is "exclusively when there is no pathology" (001).',
    });
  });

  it('refuses neck work in a home routine, and allows it at the clinic', () => {
    const torticollis = routineContext({ ageDays: 200, indicationKind: 'THERAPEUTIC', conditions: ['TORTICOLLIS'] });
    const steps = proposeRoutine(torticollis);
    expect(checkRoutine(steps, torticollis).ok).toBe(true);
    const neck = steps.findIndex((step) => step.direction === CONDITION_STEPS.NECK_STROKING.direction);
    expect(checkRoutine(steps, { ...torticollis, atHome: true }).violations).toEqual([
      {
        stepIndex: neck,
        message: `Step ${neck + 1}: Neck work is done only by a professional, not in a home routine (001).`,
      },
    ]);
  });

  it('refuses more than two repetitions of an exercise in its first 3 weeks', () => {
    const at100 = routineContext({ ageDays: 100 });
    const steps = proposeRoutine(at100);
    const cross = steps.findIndex((step) => step.direction.startsWith('Cross the arms'));
    const edited = steps.map((step, index) => (index === cross ? { ...step, repetitions: 3 } : step));
    expect(checkRoutine(edited, at100).violations).toEqual([
      {
        stepIndex: cross,
        message: `Step ${cross + 1}: a new exercise is done at most 2 times in its first 3 weeks (001).`,
      },
    ]);
    const at112 = routineContext({ ageDays: 112 });
    const later = proposeRoutine(at112).map((step) =>
      step.direction.startsWith('Cross') ? { ...step, repetitions: 8 } : step,
    );
    expect(checkRoutine(later, at112).ok).toBe(true);
  });

  it('refuses a typed direction on the spine itself, in plain words', () => {
    const at100 = routineContext({ ageDays: 100 });
    const steps = proposeRoutine(at100);
    const back = steps.findIndex((step) => step.area === 'BACK');
    const edited = steps.map((step, index) =>
      index === back ? { ...step, direction: 'Along the spine itself.' } : step,
    );
    expect(checkRoutine(edited, at100).violations).toEqual([
      {
        stepIndex: back,
        message: `Step ${back + 1}: work beside the spine, about 1 cm from it, never on the spine itself (001, 002).`,
      },
    ]);
  });
});
