import { describe, expect, it } from 'vitest';
import { parentHomeSteps } from './home-routine';
import type { RoutineStep } from './routine-steps';
import { CONDITION_STEPS } from './therapeutic-conditions';

const stroke: RoutineStep = {
  area: 'ARMS_HANDS',
  technique: 'STROKING',
  direction: 'Hand to shoulder.',
  repetitions: 5,
  minutes: 1,
};
const neck: RoutineStep = { ...CONDITION_STEPS.NECK_STROKING, minutes: 1 };

describe('parentHomeSteps', () => {
  it("gives the parent none of a clinic course's steps", () => {
    expect(parentHomeSteps([stroke], false)).toEqual([]);
  });

  it('gives a home course its steps, less professional work', () => {
    expect(parentHomeSteps([stroke, neck, stroke], true)).toEqual([stroke, stroke]);
  });

  it('has nothing to give when no routine is stored', () => {
    expect(parentHomeSteps(null, true)).toEqual([]);
  });
});
