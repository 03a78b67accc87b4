import type { ClinicDefaults } from './clinic-defaults';
import { describeAgeDays } from './format';
import type { CitedFigure } from './sources';

/** A course may start before the navel heals, but the tummy waits until it is recorded as healed. */
export const UMBILICAL_WOUND_RULE = {
  title: 'No tummy work until the umbilical wound has healed',
  source: ['001', '002'],
} as const satisfies CitedFigure;

export type AgeGateLevel = 'REFUSE' | 'WARN' | 'OK';

export type AgeGateResult = {
  allowed: boolean;
  level: AgeGateLevel;
  message: string;
  /** See UMBILICAL_WOUND_RULE. */
  tummyAllowed: boolean;
};

export type AgeGateOptions = { umbilicalWoundHealed: boolean };

/**
 * May a course start at this age? `ageDays` is the corrected age for a premature baby
 * (the caller computes it), the actual age otherwise.
 */
export function checkAgeGate(ageDays: number, defaults: ClinicDefaults, options: AgeGateOptions): AgeGateResult {
  const tummyAllowed = options.umbilicalWoundHealed;
  const tummyNote = tummyAllowed ? '' : ' No tummy work until the umbilical wound is recorded as healed.';

  // An age we cannot read must not slip through as "old enough".
  if (!Number.isFinite(ageDays)) {
    return {
      allowed: false,
      level: 'REFUSE',
      message: 'The age is unknown or invalid: record the date of birth first.',
      tummyAllowed: false,
    };
  }

  const age = describeAgeDays(ageDays);
  if (ageDays < 0) {
    // A premature baby before the due date: corrected age is negative (domain.md, after 001).
    return {
      allowed: false,
      level: 'REFUSE',
      message: `The baby is ${age} (corrected age): too young for a massage course. The clinic starts courses from ${describeAgeDays(defaults.minimumStartAgeDays)} of corrected age.`,
      tummyAllowed: false,
    };
  }
  if (ageDays < defaults.minimumStartAgeDays) {
    return {
      allowed: false,
      level: 'REFUSE',
      message: `Too young to start a massage course: ${age}. The clinic starts courses from ${describeAgeDays(defaults.minimumStartAgeDays)}.${tummyNote}`,
      tummyAllowed,
    };
  }
  if (ageDays < defaults.cautiousStartAgeDays) {
    return {
      allowed: true,
      level: 'WARN',
      message: `Young for a massage course: ${age}. The clinic advises waiting until ${describeAgeDays(defaults.cautiousStartAgeDays)}; if starting now, gentle stroking only and short sessions.${tummyNote}`,
      tummyAllowed,
    };
  }
  if (!tummyAllowed) {
    // At this age the wound has usually healed; an open one is worth a doctor's look.
    return {
      allowed: true,
      level: 'WARN',
      message: `Age ${age}: a course may start.${tummyNote}`,
      tummyAllowed,
    };
  }
  return { allowed: true, level: 'OK', message: `Age ${age}: a course may start.`, tummyAllowed };
}
