import type { RoutineStep } from '@/lib/domain/rules/routine-steps';

/**
 * The steps as the page sends them: each direction once, the steps pointing to it (a routine
 * repeats its stroking on each area), so the page's HTML carries no sentence twice (issue 11).
 */
export type CompactRoutine = {
  directions: readonly string[];
  steps: readonly (Omit<RoutineStep, 'direction'> & { direction: number })[];
};

export function compactRoutine(steps: readonly RoutineStep[]): CompactRoutine {
  const directions = [...new Set(steps.map((step) => step.direction))];
  return { directions, steps: steps.map((step) => ({ ...step, direction: directions.indexOf(step.direction) })) };
}

/** The steps again, as the routine shows them. */
export function expandRoutine(routine: CompactRoutine): RoutineStep[] {
  return routine.steps.map((step) => ({ ...step, direction: routine.directions[step.direction] ?? '' }));
}
