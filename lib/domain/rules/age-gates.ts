import { translatable } from '@/lib/i18n/translatable';
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
  /** A catalog reference (lib/i18n/translatable.ts), translated where it is shown. */
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
  // The messages add "no tummy work until the wound has healed" while it waits.
  const tummy = tummyAllowed ? 'allowed' : 'waits';

  // An age we cannot read must not slip through as "old enough".
  if (!Number.isFinite(ageDays)) {
    return {
      allowed: false,
      level: 'REFUSE',
      message: translatable('prescription.gate.unknown'),
      tummyAllowed: false,
    };
  }

  const age = describeAgeDays(ageDays);
  if (ageDays < 0) {
    // A premature baby before the due date: corrected age is negative (domain.md, after 001).
    return {
      allowed: false,
      level: 'REFUSE',
      message: translatable('prescription.gate.beforeTerm', {
        age,
        minimum: describeAgeDays(defaults.minimumStartAgeDays),
      }),
      tummyAllowed: false,
    };
  }
  if (ageDays < defaults.minimumStartAgeDays) {
    return {
      allowed: false,
      level: 'REFUSE',
      message: translatable('prescription.gate.tooYoung', {
        age,
        minimum: describeAgeDays(defaults.minimumStartAgeDays),
        tummy,
      }),
      tummyAllowed,
    };
  }
  if (ageDays < defaults.cautiousStartAgeDays) {
    return {
      allowed: true,
      level: 'WARN',
      message: translatable('prescription.gate.young', {
        age,
        cautious: describeAgeDays(defaults.cautiousStartAgeDays),
        tummy,
      }),
      tummyAllowed,
    };
  }
  if (!tummyAllowed) {
    // At this age the wound has usually healed; an open one is worth a doctor's look.
    return {
      allowed: true,
      level: 'WARN',
      message: translatable('prescription.gate.mayStart', { age, tummy }),
      tummyAllowed,
    };
  }
  return {
    allowed: true,
    level: 'OK',
    message: translatable('prescription.gate.mayStart', { age, tummy }),
    tummyAllowed,
  };
}
