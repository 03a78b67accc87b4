import { z } from 'zod';
import { CLINIC_DEFAULT_FIELD_IDS, validateClinicDefaults, type ClinicDefaultField } from '@/lib/domain/rules';
import { typedFigure } from './fields';

// The rule book's check decides the rest.
const typedNumber = z.preprocess(typedFigure, z.unknown());

const shape = Object.fromEntries(CLINIC_DEFAULT_FIELD_IDS.map((field) => [field, typedNumber])) as Record<
  ClinicDefaultField,
  typeof typedNumber
>;

/**
 * The clinic settings form, checked by the rule book's validateClinicDefaults alone: each field
 * (missing, not whole, outside the range the sources give) and the fields against each other (the
 * warning age not below the minimum age, sessions not shorter for older babies). Each message is
 * a catalog reference and lands on the field it names, beside which the form shows it.
 */
export const ZClinicDefaultsSchema = z.object(shape).transform((values, context) => {
  const checked = validateClinicDefaults(values);
  if (checked.ok) return checked.value;
  for (const field of CLINIC_DEFAULT_FIELD_IDS) {
    const message = checked.errors[field];
    if (message) context.addIssue({ code: 'custom', path: [field], message });
  }
  return z.NEVER;
});

export type ClinicDefaultsInput = z.infer<typeof ZClinicDefaultsSchema>;
