import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/policy';
import {
  isSecuritySettingField,
  SECURITY_SETTING_FIELD_IDS,
  type SecuritySettingField,
  type SecuritySettings,
} from '@/lib/domain/security-settings';
import { effectiveSecuritySettings } from '@/lib/validation/security-settings';
import { readSettings, saveSettings, type SettingsGroup } from './settings-group';

const SECURITY_SETTINGS: SettingsGroup<SecuritySettingField, SecuritySettings> = {
  fields: SECURITY_SETTING_FIELD_IDS,
  isField: isSecuritySettingField,
  effective: effectiveSecuritySettings,
};

/** The sign-in and session limits in force (the defaults where nothing is stored). */
export async function getSecuritySettings(): Promise<SecuritySettings> {
  return readSettings(SECURITY_SETTINGS);
}

/** An admin saves the security form: each changed value is written with a row in the settings log. */
export async function updateSecuritySettings(
  actor: Actor,
  values: SecuritySettings,
): Promise<{ changed: SecuritySettingField[] }> {
  authorize(actor, 'MANAGE_CLINIC_SETTINGS');
  return saveSettings(actor, SECURITY_SETTINGS, values);
}
