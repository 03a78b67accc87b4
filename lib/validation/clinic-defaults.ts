import { z } from 'zod';
import {
  CLINIC_DEFAULT_FIELD_IDS,
  CLINIC_DEFAULT_FIELDS,
  validateClinicDefaults,
  type ClinicDefaultField,
  type ClinicDefaults,
} from '@/lib/domain/rules';

/**
 * One settings field: a whole number within the range the sources give, with messages that name
 * the field, since the form shows them beside a field whose label the reader already sees.
 */
function settingField(field: ClinicDefaultField) {
  const { label, unit, min, max } = CLINIC_DEFAULT_FIELDS[field];
  const outOfRange = `${label} must be between ${min} and ${max} ${unit} (the range the sources give).`;
  return z.preprocess(
    (value) => {
      if (typeof value !== 'string') return value;
      const text = value.trim();
      return text === '' ? undefined : Number(text);
    },
    z
      .number({
        error: (issue) =>
          issue.input === undefined ? `${label} is required.` : `${label} must be a number of ${unit}.`,
      })
      .int(`${label} must be a whole number of ${unit}.`)
      .min(min, outOfRange)
      .max(max, outOfRange),
  );
}

const shape = Object.fromEntries(CLINIC_DEFAULT_FIELD_IDS.map((field) => [field, settingField(field)])) as Record<
  ClinicDefaultField,
  ReturnType<typeof settingField>
>;

/** Does this field pass its own check? (zod runs the cross-field check even when one does not.) */
function isFieldValid(field: ClinicDefaultField, value: unknown): boolean {
  return shape[field].safeParse(value).success;
}

/**
 * The clinic settings form. Each field is checked on its own first; the rule book's
 * validateClinicDefaults then checks the fields against each other (the warning age not below
 * the minimum age, sessions not shorter for older babies) and its message lands on the field
 * it names, beside which the form shows it.
 */
export const ZClinicDefaultsSchema = z.object(shape).superRefine((values: ClinicDefaults, context) => {
  const checked = validateClinicDefaults(values);
  if (checked.ok) return;
  for (const field of CLINIC_DEFAULT_FIELD_IDS) {
    const message = checked.errors[field];
    // A field that failed its own check already carries that message; say it once.
    if (message && isFieldValid(field, values[field])) context.addIssue({ code: 'custom', path: [field], message });
  }
});

export type ClinicDefaultsInput = z.infer<typeof ZClinicDefaultsSchema>;
