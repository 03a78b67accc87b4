import 'server-only';
import { CLINIC_PROFILE_FIELDS, isClinicProfileField } from '@/lib/validation/clinic-profile';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import {
  CLINIC_DEFAULT_FIELD_IDS,
  CLINIC_DEFAULT_FIELDS,
  DEFAULT_CLINIC_DEFAULTS,
  validateClinicDefaults,
  type ClinicDefaultField,
  type ClinicDefaults,
  type ClinicDefaultUnit,
} from '@/lib/domain/rules';
import { AppError } from '@/lib/errors';
import { readSettings, saveSettings, type SettingsGroup } from './settings-group';
import type { Prisma } from '@/lib/generated/prisma/client';
import { translatable } from '@/lib/i18n/translatable';

function isClinicDefaultField(key: string): key is ClinicDefaultField {
  return Object.hasOwn(CLINIC_DEFAULT_FIELDS, key);
}

/**
 * What is in force: the stored values over the guide's defaults, repaired where they do not hold.
 * Keys from an older or newer version of the app are left alone, not read (settings-group.ts).
 */
function effectiveDefaults(stored: Partial<Record<ClinicDefaultField, unknown>>): ClinicDefaults {
  const merged = validateClinicDefaults({ ...DEFAULT_CLINIC_DEFAULTS, ...stored });
  if (merged.ok) return merged.value;

  // A stored set that fails the rules (edited by hand, or the rules narrowed since) must not stop
  // prescribing. Start from the guide's values and take each stored value that keeps the set
  // valid; repeat until a pass takes none, so a pair that only holds together (a minimum age of
  // 60 days with a warning age of 70) is not lost to the order the fields are tried in.
  let result: ClinicDefaults = { ...DEFAULT_CLINIC_DEFAULTS };
  const pending = new Map(Object.entries(stored));
  let tookOne = true;
  while (tookOne) {
    tookOne = false;
    for (const [field, value] of pending) {
      const checked = validateClinicDefaults({ ...result, [field]: value });
      if (!checked.ok) continue;
      result = checked.value;
      pending.delete(field);
      tookOne = true;
    }
  }
  console.warn(
    `[clinic settings] Stored values break the rules; using the guide's default for: ${[...pending.keys()].join(', ')}.`,
  );
  return result;
}

const CLINIC_DEFAULTS: SettingsGroup<ClinicDefaultField, ClinicDefaults> = {
  fields: CLINIC_DEFAULT_FIELD_IDS,
  isField: isClinicDefaultField,
  effective: effectiveDefaults,
};

/** The cache tag of everything rendered from the clinic defaults (the guidelines' rule book). */
export const RULE_BOOK_CACHE_TAG = 'rule-book';

/** The clinic's defaults in force (the guide's values where nothing is stored). */
export async function getClinicDefaults(): Promise<ClinicDefaults> {
  return readSettings(CLINIC_DEFAULTS);
}

/**
 * An admin saves the settings form. Only the fields whose value differs from the one in force
 * are written, each with an audit row (old value, new value, who), all in one transaction.
 */
export async function updateClinicDefaults(
  actor: Actor,
  values: ClinicDefaults,
): Promise<{ changed: ClinicDefaultField[] }> {
  authorize(actor, 'MANAGE_CLINIC_SETTINGS');

  const checked = validateClinicDefaults(values);
  if (!checked.ok) {
    const fieldErrors = Object.fromEntries(
      Object.entries(checked.errors).map(([field, message]) => [field, [message]]),
    );
    throw new AppError('INVALID_STATE', translatable('errors.action.invalidFields'), fieldErrors);
  }
  // Only the fields whose value differs from the one in force are written (the old value is the
  // one that was in force, the guide's default when nothing was stored).
  return saveSettings(actor, CLINIC_DEFAULTS, checked.value);
}

export type SettingChangeItem = {
  id: string;
  key: string;
  /** The field's label, or the raw key for a setting this version does not know. */
  label: string;
  unit: ClinicDefaultUnit | null;
  oldValue: string | null;
  newValue: string;
  changedByName: string;
  changedAt: Date;
};

function describeValue(value: Prisma.JsonValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The latest changes to the clinic settings, newest first, with who made them. */
export async function listSettingChanges(actor: Actor, limit = 20): Promise<SettingChangeItem[]> {
  authorize(actor, 'MANAGE_CLINIC_SETTINGS');
  const rows = await db.settingChange.findMany({
    orderBy: [{ changedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: {
      id: true,
      key: true,
      oldValue: true,
      newValue: true,
      changedAt: true,
      changedBy: { select: { name: true } },
    },
  });
  return rows.map((row) => {
    const description = isClinicDefaultField(row.key) ? CLINIC_DEFAULT_FIELDS[row.key] : null;
    const profileField = isClinicProfileField(row.key) ? CLINIC_PROFILE_FIELDS[row.key] : null;
    return {
      id: row.id,
      key: row.key,
      label: description?.label ?? profileField?.label ?? row.key,
      unit: description?.unit ?? null,
      oldValue: row.oldValue === null ? null : describeValue(row.oldValue),
      newValue: describeValue(row.newValue),
      changedByName: row.changedBy.name,
      changedAt: row.changedAt,
    };
  });
}
