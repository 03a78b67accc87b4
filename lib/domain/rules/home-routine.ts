import type { RoutineStep } from './routine-steps';
import { stepTraits } from './step-traits';

/**
 * The steps a parent is to do at home. A clinic course's routine is the therapist's, so it gives
 * the parent none; a home course gives its steps less any work the texts reserve for a
 * professional (neck work, acupressure: 000, 001), which an older stored routine may still hold.
 */
export function parentHomeSteps(steps: readonly RoutineStep[] | null, atHome: boolean): RoutineStep[] {
  if (!atHome || steps === null) return [];
  return steps.filter((step) => !stepTraits(step).professionalOnly);
}
