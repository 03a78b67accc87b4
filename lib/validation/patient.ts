import { z } from 'zod';
import { label, translatable } from '@/lib/i18n/translatable';
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
import { SEXES } from './form-constants';
import { newGuardianInvitationFields } from './guardian-invitation';

/** `today` is the clinic's calendar day, so "not in the future" means the same on client and server. */
export function patientSchema(today: IsoDate) {
  return (
    z
      .object({
        // Read only when creating; an edit is the same write however often it is sent.
        idempotencyKey,
        firstName: requiredText('firstName', 100),
        lastName: requiredText('lastName', 100),
        dateOfBirth: isoDate('dateOfBirth').refine(
          (date) => date <= today,
          translatable('validation.field.inFuture', { label: label('dateOfBirth') }),
        ),
        sex: z.enum(SEXES, { error: translatable('validation.choose.sex') }),
        // Recorded as weeks and days (32+3); below 22 weeks or above 44 weeks is a typing error, not a baby.
        gestationalAgeWeeks: optionalWholeNumber('gestationalAgeWeeks', 22, 44),
        gestationalAgeExtraDays: optionalWholeNumber('gestationalAgeExtraDays', 0, 6),
        umbilicalWoundHealedOn: optionalIsoDate('umbilicalWoundHealedOn'),
        notes: optionalText('notes', 4000),
        guardianIds: listOf(recordId('validation.choose.guardians')),
      })
      .superRefine((patient, context) => {
        if (patient.gestationalAgeExtraDays !== undefined && patient.gestationalAgeWeeks === undefined) {
          context.addIssue({
            code: 'custom',
            path: ['gestationalAgeWeeks'],
            message: translatable('validation.patient.weeksWithDays'),
          });
        }
        if (patient.gestationalAgeWeeks === 44 && (patient.gestationalAgeExtraDays ?? 0) > 0) {
          context.addIssue({
            code: 'custom',
            path: ['gestationalAgeExtraDays'],
            message: translatable('validation.patient.gestationTooLong'),
          });
        }
        const healed = patient.umbilicalWoundHealedOn;
        if (healed && healed < patient.dateOfBirth) {
          context.addIssue({
            code: 'custom',
            path: ['umbilicalWoundHealedOn'],
            message: translatable('validation.patient.healedBeforeBirth'),
          });
        }
        if (healed && healed > today) {
          context.addIssue({
            code: 'custom',
            path: ['umbilicalWoundHealedOn'],
            message: translatable('validation.patient.dateInFuture'),
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
export const correctionReason = requiredText('correctionReason', 500);

/** Editing a patient corrects their record: the same fields, and why. */
export function patientCorrectionSchema(today: IsoDate) {
  return patientSchema(today).and(z.object({ correctionReason }));
}

export type PatientCorrectionInput = z.infer<ReturnType<typeof patientCorrectionSchema>>;
