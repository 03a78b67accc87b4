import { z } from 'zod';
import { translatable } from '@/lib/i18n/translatable';
import type { IsoDate } from '@/lib/domain/calendar-date';
import { idempotencyKey, isoDate, recordId, requiredText } from './fields';
import { INDICATION_KINDS } from './form-constants';
import { correctionReason } from './patient';

// ICD-10: a letter, two digits, optionally a dot and up to four more characters (e.g. Q65.1, K59.0).
const ICD10_PATTERN = /^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/;

export function indicationSchema(today: IsoDate) {
  return z.object({
    idempotencyKey,
    kind: z.enum(INDICATION_KINDS, { error: translatable('validation.choose.indicationKind') }),
    diagnosis: requiredText('diagnosis', 500),
    icd10Code: z.preprocess(
      (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
      z.union([z.literal(''), z.string().regex(ICD10_PATTERN, translatable('validation.indication.icd10'))]).optional(),
    ),
    diagnosedOn: isoDate('diagnosedOn').refine(
      (date) => date <= today,
      translatable('validation.indication.dateInFuture'),
    ),
  });
}

export type IndicationInput = z.infer<ReturnType<typeof indicationSchema>>;

/** Correcting a recorded indication: the same fields, which one, and why. */
export function indicationCorrectionSchema(today: IsoDate) {
  return indicationSchema(today)
    .omit({ idempotencyKey: true })
    .extend({ indicationId: recordId('validation.choose.indication'), correctionReason });
}

export type IndicationCorrectionInput = z.infer<ReturnType<typeof indicationCorrectionSchema>>;
