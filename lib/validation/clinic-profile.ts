import { z } from 'zod';
import { translatable } from '@/lib/i18n/translatable';
import { optionalText, requiredText } from './fields';

/**
 * Who the family calls: the clinic's name, address and phone, shown on the parent's page and its
 * printout. Not a clinical default (no source text bounds them), so they are a setting of their own.
 */
export const CLINIC_PROFILE_FIELDS = {
  clinicName: { label: 'Clinic name' },
  clinicAddress: { label: 'Address' },
  clinicPhone: { label: 'Phone' },
} as const satisfies Record<string, { label: string }>;

export type ClinicProfileField = keyof typeof CLINIC_PROFILE_FIELDS;
export const CLINIC_PROFILE_FIELD_IDS = Object.keys(CLINIC_PROFILE_FIELDS) as ClinicProfileField[];

export function isClinicProfileField(key: string): key is ClinicProfileField {
  return Object.hasOwn(CLINIC_PROFILE_FIELDS, key);
}

// A number a parent can dial: digits with the usual separators, an optional leading +, 6 to 15 digits.
const PHONE = /^\+?[0-9 ()./-]+$/;
const digitCount = (value: string) => value.replace(/\D/g, '').length;

export const ZClinicProfileSchema = z.object({
  clinicName: requiredText('clinicName', 120),
  clinicAddress: optionalText('clinicAddress', 300),
  clinicPhone: optionalText('clinicPhone', 30).refine(
    (value) => value === '' || (PHONE.test(value) && digitCount(value) >= 6 && digitCount(value) <= 15),
    translatable('validation.clinicProfile.phone'),
  ),
});

export type ClinicProfile = z.infer<typeof ZClinicProfileSchema>;

/** Before an admin fills it in: the name the app already shows, and no contact yet. */
export const DEFAULT_CLINIC_PROFILE: ClinicProfile = {
  clinicName: 'Infant massage clinic',
  clinicAddress: '',
  clinicPhone: '',
};

/** What is stored, read back: a value that no longer passes the schema falls back to the default. */
export function effectiveClinicProfile(stored: Partial<Record<ClinicProfileField, unknown>>): ClinicProfile {
  const parsed = ZClinicProfileSchema.safeParse({ ...DEFAULT_CLINIC_PROFILE, ...stored });
  return parsed.success ? parsed.data : DEFAULT_CLINIC_PROFILE;
}
