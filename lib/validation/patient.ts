import { z } from 'zod';
import type { IsoDate } from '@/lib/domain/calendar-date';
import {
  idempotencyKey,
  isoDate,
  listOf,
  recordId,
  optionalIsoDate,
  optionalText,
  optionalWholeNumber,
  requiredText,
} from './fields';

export const SEXES = ['FEMALE', 'MALE'] as const;

/** `today` is the clinic's calendar day, so "not in the future" means the same on client and server. */
export function patientSchema(today: IsoDate) {
  return z
    .object({
      // Read only when creating; an edit is the same write however often it is sent.
      idempotencyKey,
      firstName: requiredText('First name', 100),
      lastName: requiredText('Last name', 100),
      dateOfBirth: isoDate('Date of birth').refine((date) => date <= today, 'Date of birth cannot be in the future.'),
      sex: z.enum(SEXES, { error: 'Choose the sex.' }),
      // Below 22 weeks or above 44 weeks is a typing error, not a baby.
      gestationalAgeWeeks: optionalWholeNumber('Gestational age at birth', 22, 44),
      umbilicalWoundHealedOn: optionalIsoDate('Umbilical wound healed on'),
      notes: optionalText('Notes', 4000),
      guardianIds: listOf(recordId('Choose the guardians from the list.')),
    })
    .superRefine((patient, context) => {
      const healed = patient.umbilicalWoundHealedOn;
      if (healed && healed < patient.dateOfBirth) {
        context.addIssue({
          code: 'custom',
          path: ['umbilicalWoundHealedOn'],
          message: 'The wound cannot heal before birth.',
        });
      }
      if (healed && healed > today) {
        context.addIssue({
          code: 'custom',
          path: ['umbilicalWoundHealedOn'],
          message: 'This date cannot be in the future.',
        });
      }
    });
}

export type PatientInput = z.infer<ReturnType<typeof patientSchema>>;
