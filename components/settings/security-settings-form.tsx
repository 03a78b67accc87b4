'use client';

import { useTranslations } from 'next-intl';
import { inputClasses } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue } from '@/lib/actions/action-state';
import {
  SECURITY_SETTING_FIELD_IDS,
  SECURITY_SETTING_FIELDS,
  type SecuritySettings,
} from '@/lib/domain/security-settings';

const loadSchema = () => import('@/lib/validation/security-settings').then((module) => module.ZSecuritySettingsSchema);

/** The sign-in and session limits, each within its bounds. */
export function SecuritySettingsForm({ action, values }: { action: FormAction; values: SecuritySettings }) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const { onSubmit, errorFor, messageState } = useSchemaValidation(loadSchema, state);
  const t = useTranslations('settings');

  return (
    <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={messageState} />
      {SECURITY_SETTING_FIELD_IDS.map((field) => {
        const { unit, min, max, default: fallback } = SECURITY_SETTING_FIELDS[field];
        const label = t(`security.fields.${field}`);
        const units = t(`units.${unit}`, { count: max });
        const error = errorFor(field);
        return (
          <div key={field} className="space-y-1">
            <label htmlFor={field} className="block text-sm font-medium text-slate-800">
              {label}
            </label>
            <div className="flex items-center gap-2">
              <input
                id={field}
                name={field}
                type="number"
                inputMode="numeric"
                step={1}
                min={min}
                max={max}
                defaultValue={submittedValue(state, field, String(values[field]))}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${field}-about`}
                className={`${inputClasses} max-w-28`}
              />
              <span className="text-sm text-slate-600">{units}</span>
            </div>
            <p id={`${field}-about`} className="text-xs text-slate-500">
              {t('security.range', { min, max, unit: units, fallback })}
            </p>
            {error ? (
              <p className="text-sm text-red-700" role="alert">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      <div className="border-t border-slate-200 pt-4">
        <SubmitButton>{t('security.submit')}</SubmitButton>
      </div>
    </form>
  );
}
