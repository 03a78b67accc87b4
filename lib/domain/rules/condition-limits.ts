import { translatable } from '@/lib/i18n/translatable';
import { daysBetween, type IsoDate } from '../calendar-date';
import type { SourceId } from './sources';
import type { RoutineStep } from './routine-steps';
import type { StepTraits } from './step-traits';
import {
  THERAPEUTIC_CONDITIONS,
  type ConditionLimit,
  type TherapeuticCondition,
  type TherapeuticConditionCode,
} from './therapeutic-conditions';

/**
 * The limits each therapeutic condition puts on a course (THERAPEUTIC_CONDITIONS[...].limits and
 * professionalOnly), decided here for the proposal, the check of an edited routine, the schedule
 * and where the course is done.
 */

/** `message` is a catalog reference naming the condition and its reason by their rule book keys (messages/<locale>/rules.json). */
export type LimitBreach = { condition: TherapeuticConditionCode; message: string; source: readonly SourceId[] };

function conditionLabel(condition: TherapeuticCondition): string {
  return translatable(`rules.conditions.${condition.code}`);
}

function limitReason(condition: TherapeuticCondition, limit: ConditionLimit): string {
  return translatable(`rules.conditionLimits.${condition.code}.${limit.kind}` as Parameters<typeof translatable>[0]);
}

function conditionsOf(codes: readonly TherapeuticConditionCode[]): TherapeuticCondition[] {
  // A code read back from an old record may no longer exist.
  return codes.flatMap((code) => {
    const condition: TherapeuticCondition | undefined = THERAPEUTIC_CONDITIONS[code];
    return condition === undefined ? [] : [condition];
  });
}

function breaks(limit: ConditionLimit, step: Pick<RoutineStep, 'technique'>, traits: StepTraits): boolean {
  switch (limit.kind) {
    case 'NO_LOAD_ON':
      return traits.loads.includes(limit.joint);
    case 'ONLY_TECHNIQUES':
      return !limit.techniques.includes(step.technique);
    case 'MAX_REST_DAYS':
      return false;
    default: {
      const unknown: never = limit;
      throw new Error(`Unknown condition limit ${String(unknown)}`);
    }
  }
}

/** "Not for hip dysplasia: no exercise … (001)." for every condition limit the step breaks. */
export function stepLimitBreaches(
  step: Pick<RoutineStep, 'technique'>,
  traits: StepTraits,
  codes: readonly TherapeuticConditionCode[],
): LimitBreach[] {
  return conditionsOf(codes).flatMap((condition) =>
    condition.limits
      .filter((limit) => breaks(limit, step, traits))
      .map((limit) => ({
        condition: condition.code,
        message: translatable('prescription.limits.notFor', {
          condition: conditionLabel(condition),
          reason: limitReason(condition, limit),
          sources: limit.source.join(', '),
        }),
        source: limit.source,
      })),
  );
}

/** Why a course for these conditions may not be prescribed for home; empty when it may. */
export function homeDeliveryRefusals(codes: readonly TherapeuticConditionCode[]): LimitBreach[] {
  return conditionsOf(codes)
    .filter((condition) => condition.professionalOnly)
    .map((condition) => ({
      condition: condition.code,
      message: translatable('prescription.limits.clinicOnly', {
        condition: conditionLabel(condition),
        reason: condition.professionalReason
          ? translatable(`rules.professionalReasons.${condition.code}` as Parameters<typeof translatable>[0])
          : translatable('prescription.limits.professionalByDefault'),
      }),
      source: condition.source,
    }));
}

/** The longest rest between sessions the conditions allow, in days; null when none limits it. */
function maxRestDays(
  codes: readonly TherapeuticConditionCode[],
): { days: number; condition: TherapeuticCondition; limit: ConditionLimit } | null {
  let tightest: { days: number; condition: TherapeuticCondition; limit: ConditionLimit } | null = null;
  for (const condition of conditionsOf(codes)) {
    for (const limit of condition.limits) {
      if (limit.kind !== 'MAX_REST_DAYS' || (tightest !== null && tightest.days <= limit.days)) continue;
      tightest = { days: limit.days, condition, limit };
    }
  }
  return tightest;
}

/**
 * A schedule whose rest between two sessions is longer than the conditions allow (hypertonia:
 * up to 2 days, 001), as a catalog reference; null when it is not. `dates` are the sessions in order.
 */
export function restBreakBreach(codes: readonly TherapeuticConditionCode[], dates: readonly IsoDate[]): string | null {
  const tightest = maxRestDays(codes);
  if (tightest === null) return null;
  let longest = 0;
  for (let index = 1; index < dates.length; index += 1) {
    const previous = dates[index - 1];
    const current = dates[index];
    if (previous === undefined || current === undefined) continue;
    longest = Math.max(longest, daysBetween(previous, current) - 1);
  }
  if (longest <= tightest.days) return null;
  const { condition, limit } = tightest;
  return translatable('prescription.limits.restBreach', {
    condition: conditionLabel(condition),
    reason: limitReason(condition, limit),
    sources: limit.source.join(', '),
    longest,
    max: tightest.days,
  });
}
