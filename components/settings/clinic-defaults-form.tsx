'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { inputClasses } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue } from '@/lib/actions/action-state';
import type { ClinicDefaultField, ClinicDefaults } from '@/lib/domain/rules/clinic-defaults';

const loadSchema = () => import('@/lib/validation/clinic-defaults').then((module) => module.ZClinicDefaultsSchema);

/**
 * One setting as the form shows it, worked out on the server (clinicDefaultsGroups): the rule
 * book's table and the sources' titles stay out of the browser's code (issue 11).
 */
export type SettingFieldView = {
  field: ClinicDefaultField;
  label: string;
  min: number;
  max: number;
  /** The unit after the field, in the reader's words ("days"). */
  unit: string;
  /** What the setting does and what the sources allow. */
  about: ReactNode;
};

export type SettingGroupView = { title: string; fields: readonly SettingFieldView[] };

/** The clinic defaults, one field per contested figure, each with what the sources say. */
export function ClinicDefaultsForm({
  action,
  values,
  groups,
}: {
  action: FormAction;
  values: ClinicDefaults;
  groups: readonly SettingGroupView[];
}) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const { onSubmit, errorFor, messageState } = useSchemaValidation(loadSchema, state);
  const t = useTranslations('settings.defaults');

  return (
    <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-8">
      <FormMessage state={messageState} />
      {groups.map((group) => (
        <fieldset key={group.title} className="space-y-4">
          <legend className="mb-2 text-base font-semibold text-slate-900">{group.title}</legend>
          {group.fields.map((view) => (
            <SettingField
              key={view.field}
              view={view}
              value={submittedValue(state, view.field, String(values[view.field]))}
              error={errorFor(view.field)}
            />
          ))}
        </fieldset>
      ))}
      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
        <SubmitButton>{t('submit')}</SubmitButton>
        <p className="text-sm text-slate-600">{t('savedNote')}</p>
      </div>
    </form>
  );
}

function SettingField({ view, value, error }: { view: SettingFieldView; value: string; error?: string }) {
  const { field, label, min, max, unit, about } = view;
  const errorId = `${field}-error`;
  const aboutId = `${field}-about`;
  return (
    <div className="grid gap-3 rounded-md p-3 ring-1 ring-slate-200 md:grid-cols-[minmax(0,18rem)_minmax(0,1fr)] md:gap-6">
      <div className="space-y-1">
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
            defaultValue={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${errorId} ${aboutId}` : aboutId}
            className={`${inputClasses} max-w-28`}
          />
          <span className="text-sm text-slate-600">{unit}</span>
        </div>
        {error ? (
          <p id={errorId} className="text-sm text-red-700" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div id={aboutId} className="space-y-1 text-sm text-slate-600">
        {about}
      </div>
    </div>
  );
}
