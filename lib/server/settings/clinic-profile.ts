import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/policy';
import {
  CLINIC_PROFILE_FIELD_IDS,
  effectiveClinicProfile,
  isClinicProfileField,
  type ClinicProfile,
  type ClinicProfileField,
} from '@/lib/validation/clinic-profile';
import { readSettings, saveSettings, type SettingsGroup } from './settings-group';

const CLINIC_PROFILE: SettingsGroup<ClinicProfileField, ClinicProfile> = {
  fields: CLINIC_PROFILE_FIELD_IDS,
  isField: isClinicProfileField,
  effective: effectiveClinicProfile,
};

/**
 * The clinic's name, address and phone. Anyone signed in may read them (families call the clinic);
 * they say nothing about a patient, so the read is not audited.
 */
export async function getClinicProfile(): Promise<ClinicProfile> {
  return readSettings(CLINIC_PROFILE);
}

/** An admin saves the clinic's contact: each changed value is written with a row in the settings log. */
export async function updateClinicProfile(
  actor: Actor,
  values: ClinicProfile,
): Promise<{ changed: ClinicProfileField[] }> {
  authorize(actor, 'MANAGE_CLINIC_SETTINGS');
  return saveSettings(actor, CLINIC_PROFILE, values);
}
