import { z } from 'zod';
import { translatable } from '@/lib/i18n/translatable';
import { typedFigure } from './fields';
import {
  DEFAULT_SECURITY_SETTINGS,
  SECURITY_SETTING_FIELD_IDS,
  SECURITY_SETTING_FIELDS,
  type SecuritySettingField,
  type SecuritySettings,
} from '@/lib/domain/security-settings';

/**
 * One field, with messages that name it (catalog references: the form's label is the settings
 * page's own); its unit stands beside the input, so the messages need not repeat it.
 */
function settingField(field: SecuritySettingField) {
  const { min, max } = SECURITY_SETTING_FIELDS[field];
  const label = translatable(`settings.security.fields.${field}`);
  const outOfRange = translatable('validation.field.between', { label, min, max });
  return z.preprocess(
    typedFigure,
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
