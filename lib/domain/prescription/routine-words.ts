import type { DroppedStep } from '@/lib/domain/rules/propose-routine';
import type { RoutineStep } from '@/lib/domain/rules/routine-steps';
import { translatable } from '@/lib/i18n/translatable';

/*
 * What the prescribe form shows of a routine before the decision module has loaded: kept apart
 * from decide-prescription.ts, which brings the whole rule book with it, so the form's first
 * JavaScript does not (issue 11).
 */

export function totalMinutes(steps: readonly RoutineStep[]): number {
  return steps.reduce((sum, step) => sum + (Number.isFinite(step.minutes) ? step.minutes : 0), 0);
}

/** "Left out: Legs, feet and hips · Gymnastics (passive exercises), “Walking with…”: not for Hip dysplasia: …" */
export function describeDroppedStep(step: DroppedStep): string {
  return translatable('prescription.decision.droppedStep', {
    area: translatable(`rules.bodyAreas.${step.area}.label`),
    technique: translatable(`rules.techniques.${step.technique}.label`),
    direction: step.direction,
    reason: step.reason,
  });
}
