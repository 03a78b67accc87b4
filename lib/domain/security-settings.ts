import { z } from 'zod';
import { translatable } from '@/lib/i18n/translatable';

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

/**
 * One field, with messages that name it (catalog references: the form's label is the settings
 * page's own); its unit stands beside the input, so the messages need not repeat it.
 */
function settingField(field: SecuritySettingField) {
  const { min, max } = SECURITY_SETTING_FIELDS[field];
  const label = translatable(`settings.security.fields.${field}`);
  const outOfRange = translatable('validation.field.between', { label, min, max });
  return z.preprocess(
    (value) => {
      if (typeof value !== 'string') return value;
      const text = value.trim();
      return text === '' ? undefined : Number(text);
    },
    z
      .number({
        error: (issue) =>
          translatable(issue.input === undefined ? 'validation.field.required' : 'validation.field.wholeNumber', {
            label,
          }),
      })
      .int(translatable('validation.field.wholeNumber', { label }))
      .min(min, outOfRange)
      .max(max, outOfRange),
  );
}

/** The admin's form, and the check on what is stored. */
export const ZSecuritySettingsSchema = z.object(
  Object.fromEntries(SECURITY_SETTING_FIELD_IDS.map((field) => [field, settingField(field)])) as Record<
    SecuritySettingField,
    ReturnType<typeof settingField>
  >,
);

/**
 * The settings in force: each stored value that holds its bounds, the default for the others
 * (a value edited by hand must not switch a protection off).
 */
export function effectiveSecuritySettings(stored: Partial<Record<SecuritySettingField, unknown>>): SecuritySettings {
  const settings = { ...DEFAULT_SECURITY_SETTINGS };
  for (const field of SECURITY_SETTING_FIELD_IDS) {
    const checked = ZSecuritySettingsSchema.shape[field].safeParse(stored[field]);
    if (checked.success) settings[field] = checked.data as number;
  }
  return settings;
}
