/**
 * The clinic's sign-in and session limits. Unlike the clinical defaults they have no source text:
 * the bounds keep an admin from switching a protection off (a limit of thousands, a session of
 * weeks) or locking everyone out (a limit of one).
 */
export const SECURITY_SETTING_FIELDS = {
  signInFailuresPerAccount: { unit: 'attempts', min: 3, max: 50, default: 10 },
  signInFailuresPerAddress: { unit: 'attempts', min: 10, max: 500, default: 50 },
  signInWindowMinutes: { unit: 'minutes', min: 1, max: 1440, default: 15 },
  sessionIdleMinutes: { unit: 'minutes', min: 5, max: 240, default: 30 },
  sessionMaxHours: { unit: 'hours', min: 1, max: 24, default: 12 },
} as const satisfies Record<string, { unit: string; min: number; max: number; default: number }>;

export type SecuritySettingField = keyof typeof SECURITY_SETTING_FIELDS;
export type SecuritySettings = Record<SecuritySettingField, number>;

export const SECURITY_SETTING_FIELD_IDS = Object.keys(SECURITY_SETTING_FIELDS) as SecuritySettingField[];

export const DEFAULT_SECURITY_SETTINGS = Object.fromEntries(
  SECURITY_SETTING_FIELD_IDS.map((field) => [field, SECURITY_SETTING_FIELDS[field].default]),
) as SecuritySettings;

export function isSecuritySettingField(key: string): key is SecuritySettingField {
  return Object.hasOwn(SECURITY_SETTING_FIELDS, key);
}
