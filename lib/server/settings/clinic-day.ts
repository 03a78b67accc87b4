import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/policy';
import type { ClinicDay } from '@/lib/domain/clinic-day';
import {
  CLINIC_DAY_FIELD_IDS,
  effectiveClinicDaySettings,
  isClinicDayField,
  toClinicDay,
  type ClinicDayField,
  type ClinicDaySettings,
} from '@/lib/validation/clinic-day';
import { readSettings, saveSettings, type SettingsGroup, type SettingsReader } from './settings-group';

const CLINIC_DAY: SettingsGroup<ClinicDayField, ClinicDaySettings> = {
  fields: CLINIC_DAY_FIELD_IDS,
  isField: isClinicDayField,
  effective: effectiveClinicDaySettings,
};

/** Opening hours, slot length and rooms as the admin's form holds them. */
export async function getClinicDaySettings(): Promise<ClinicDaySettings> {
  return readSettings(CLINIC_DAY);
}

/** The clinic's day as the scheduling rules read it (inside a transaction when given one). */
export async function getClinicDay(client?: SettingsReader): Promise<ClinicDay> {
  return toClinicDay(await readSettings(CLINIC_DAY, client));
}

/** An admin saves the opening hours, slot length and rooms, each change logged. */
export async function updateClinicDay(actor: Actor, values: ClinicDaySettings): Promise<{ changed: ClinicDayField[] }> {
  authorize(actor, 'MANAGE_CLINIC_SETTINGS');
  return saveSettings(actor, CLINIC_DAY, values);
}
