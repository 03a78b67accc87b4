import { describe, expect, it } from 'vitest';
import type { RoutineStep } from '@/lib/domain/rules/routine-steps';
import { compactRoutine, expandRoutine } from './compact-routine';

const STROKE_ARM = 'From the hand up to the shoulder.';
const STEPS: RoutineStep[] = [
  { area: 'ARMS_HANDS', technique: 'STROKING', direction: STROKE_ARM, repetitions: 5, minutes: 0.75 },
  { area: 'ARMS_HANDS', technique: 'RUBBING', direction: 'Small circles.', repetitions: null, minutes: 1.25 },
  { area: 'ARMS_HANDS', technique: 'STROKING', direction: STROKE_ARM, repetitions: 3, minutes: 0.5 },
];

describe('the routine as the page sends it', () => {
  it('holds each direction once', () => {
    const compact = compactRoutine(STEPS);
    expect(compact.directions).toEqual([STROKE_ARM, 'Small circles.']);
    expect(compact.steps.map((step) => step.direction)).toEqual([0, 1, 0]);
  });

  it('gives back the same steps in the same order', () => {
    expect(expandRoutine(compactRoutine(STEPS))).toEqual(STEPS);
  });
});
