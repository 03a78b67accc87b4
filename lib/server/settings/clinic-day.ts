import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/policy';
import type { IsoDate } from '@/lib/domain/calendar-date';
import type { ClinicDay } from '@/lib/domain/clinic-day';
import {
  CLINIC_DAY_FIELD_IDS,
  effectiveClinicDaySettings,
  isClinicDayField,
  toClinicDay,
  type ClinicDayField,
  type ClinicDaySettings,
} from '@/lib/validation/clinic-day';
import { unbookOutsideHours } from '@/lib/server/sessions/unbook-outside-hours';
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

/**
 * An admin saves the opening hours, slot length and rooms, each change logged. Sessions to come
 * booked outside the new hours lose their time (unbookOutsideHours): `unbooked` says how many.
 */
export async function updateClinicDay(
  actor: Actor,
  values: ClinicDaySettings,
  today: IsoDate,
): Promise<{ changed: ClinicDayField[]; unbooked: number }> {
  authorize(actor, 'MANAGE_CLINIC_SETTINGS');
  const { changed, followed } = await saveSettings(actor, CLINIC_DAY, values, async (tx) => {
    const { unbooked, audits } = await unbookOutsideHours(tx, toClinicDay(values), today);
    return { followed: unbooked, audits };
  });
  return { changed, unbooked: followed ?? 0 };
}
