import {
  AREA_PLAN,
  BODY_AREA_IDS,
  BODY_AREAS,
  CONDITION_STEPS,
  type BodyArea,
  type PlanEntry,
} from '@/lib/domain/rules';
import { translatable, type MessageKey } from './translatable';

/*
 * Which catalog entry holds each direction the rule book can propose, by its English words. Kept
 * apart from rule-directions.ts (server only) because the prescription's decision, which also runs
 * in the browser, stores its warnings with the direction as a reference (ruleDirectionReference).
 */

/**
 * The directions of an area's plan that have words of their own, by their place in the plan
 * ("2"): the catalog's `rules.areaPlan`. The opening stroking borrows the area's direction
 * (`rules.bodyAreas.<AREA>.direction`), so it is not repeated.
 */
export function ownPlanDirections(area: BodyArea): Record<string, string> {
  const plan: readonly PlanEntry[] = AREA_PLAN[area];
  return Object.fromEntries(
    plan.flatMap((entry, index) =>
      entry.direction === BODY_AREAS[area].direction ? [] : [[String(index + 1), entry.direction]],
    ),
  );
}

/** Every direction the rule book can propose, by its English words, with its catalog key. */
export const RULE_DIRECTION_KEYS: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ...BODY_AREA_IDS.map((area) => [BODY_AREAS[area].direction, `rules.bodyAreas.${area}.direction`] as const),
  ...BODY_AREA_IDS.flatMap((area) =>
    Object.entries(ownPlanDirections(area)).map(
      ([place, direction]) => [direction, `rules.areaPlan.${area}.${place}` as MessageKey] as const,
    ),
  ),
  ...(Object.keys(CONDITION_STEPS) as (keyof typeof CONDITION_STEPS)[]).map(
    (id) => [CONDITION_STEPS[id].direction, `rules.conditionSteps.${id}`] as const,
  ),
]);

/** The catalog key of a stored direction; null when it is not the rule book's (the doctor wrote or edited it). */
export function ruleDirectionKey(direction: string): MessageKey | null {
  return RULE_DIRECTION_KEYS.get(direction) ?? null;
}

/**
 * A direction as a message placeholder: the rule book's words as a reference, translated where
 * the message is shown; the doctor's own words as they are.
 */
export function ruleDirectionReference(direction: string): string {
  const key = ruleDirectionKey(direction);
  return key === null ? direction : translatable(key);
}
