import { z } from 'zod';
import { gestationDays } from '@/lib/domain/age';
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
import { newGuardianInvitationFields } from './guardian-invitation';

export const SEXES = ['FEMALE', 'MALE'] as const;

/** `today` is the clinic's calendar day, so "not in the future" means the same on client and server. */
export function patientSchema(today: IsoDate) {
  return (
    z
      .object({
        // Read only when creating; an edit is the same write however often it is sent.
        idempotencyKey,
        firstName: requiredText('First name', 100),
        lastName: requiredText('Last name', 100),
        dateOfBirth: isoDate('Date of birth').refine((date) => date <= today, 'Date of birth cannot be in the future.'),
        sex: z.enum(SEXES, { error: 'Choose the sex.' }),
        // Recorded as weeks and days (32+3); below 22 weeks or above 44 weeks is a typing error, not a baby.
        gestationalAgeWeeks: optionalWholeNumber('Gestational age at birth (weeks)', 22, 44),
        gestationalAgeExtraDays: optionalWholeNumber('Days past the whole weeks', 0, 6),
        umbilicalWoundHealedOn: optionalIsoDate('Umbilical wound healed on'),
        notes: optionalText('Notes', 4000),
        guardianIds: listOf(recordId('Choose the guardians from the list.')),
      })
      .superRefine((patient, context) => {
        if (patient.gestationalAgeExtraDays !== undefined && patient.gestationalAgeWeeks === undefined) {
          context.addIssue({
            code: 'custom',
            path: ['gestationalAgeWeeks'],
            message: 'Enter the weeks as well as the days.',
          });
        }
        if (patient.gestationalAgeWeeks === 44 && (patient.gestationalAgeExtraDays ?? 0) > 0) {
          context.addIssue({
            code: 'custom',
            path: ['gestationalAgeExtraDays'],
            message: 'Gestational age at birth must be at most 44 weeks.',
          });
        }
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
      })
      // Stored as days (32+3 = 227): the due date and the corrected age are exact to the day.
      .transform(({ gestationalAgeWeeks: weeks, gestationalAgeExtraDays: days, ...patient }) => ({
        ...patient,
        ...(weeks === undefined ? {} : { gestationalAgeDays: gestationDays(weeks, days ?? 0) }),
      }))
  );
}

export type PatientInput = z.infer<ReturnType<typeof patientSchema>>;

/** Registering a child: the patient's fields, and perhaps a new parent to invite in the same step. */
export function newPatientSchema(today: IsoDate) {
  return patientSchema(today).and(newGuardianInvitationFields);
}

export type NewPatientInput = z.infer<ReturnType<typeof newPatientSchema>>;

/** Why a record's details are being changed: kept with their previous values (RecordCorrection). */
export const correctionReason = requiredText('Reason for the correction', 500);

/** Editing a patient corrects their record: the same fields, and why. */
export function patientCorrectionSchema(today: IsoDate) {
  return patientSchema(today).and(z.object({ correctionReason }));
}

export type PatientCorrectionInput = z.infer<ReturnType<typeof patientCorrectionSchema>>;
