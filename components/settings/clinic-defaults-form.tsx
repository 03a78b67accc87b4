'use client';

import { useTranslations } from 'next-intl';
import { CitedText } from '@/components/shared/source-refs';
import { inputClasses } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue } from '@/lib/actions/action-state';
import {
  CLINIC_DEFAULT_FIELD_IDS,
  CLINIC_DEFAULT_FIELDS,
  type ClinicDefaultField,
  type ClinicDefaults,
} from '@/lib/domain/rules/clinic-defaults';

const loadSchema = () => import('@/lib/validation/clinic-defaults').then((module) => module.ZClinicDefaultsSchema);

/** A group's title, a key of settings.defaults.groups. */
type GroupTitle = 'start' | 'courses' | 'length' | 'other';

/** How the form groups the settings; a setting added to the rule book later lands in "Other". */
const GROUPS = [
  { title: 'start', fields: ['minimumStartAgeDays', 'cautiousStartAgeDays'] },
  { title: 'courses', fields: ['courseSessions', 'breakBetweenCoursesDays', 'firstYearCourseEveryMonths'] },
  {
    title: 'length',
    fields: [
      'sessionMaxMinutesUnder2Months',
      'sessionMaxMinutes2To6Months',
      'sessionMaxMinutesFrom6Months',
      'firstSessionMinutes',
      'sessionGrowthMinutes',
    ],
  },
] as const satisfies readonly { title: GroupTitle; fields: readonly ClinicDefaultField[] }[];

const GROUPED: readonly ClinicDefaultField[] = GROUPS.flatMap((group) => group.fields);
const UNGROUPED = CLINIC_DEFAULT_FIELD_IDS.filter((field) => !GROUPED.includes(field));
const ALL_GROUPS: readonly { title: GroupTitle; fields: readonly ClinicDefaultField[] }[] =
  UNGROUPED.length > 0 ? [...GROUPS, { title: 'other', fields: UNGROUPED }] : GROUPS;

/** The clinic defaults, one field per contested figure, each with what the sources say. */
export function ClinicDefaultsForm({ action, values }: { action: FormAction; values: ClinicDefaults }) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const { onSubmit, errorFor, messageState } = useSchemaValidation(loadSchema, state);
  const t = useTranslations('settings.defaults');

  return (
    <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-8">
      <FormMessage state={messageState} />
      {ALL_GROUPS.map((group) => (
        <fieldset key={group.title} className="space-y-4">
          <legend className="mb-2 text-base font-semibold text-slate-900">{t(`groups.${group.title}`)}</legend>
          {group.fields.map((field) => (
            <SettingField
              key={field}
              field={field}
              value={submittedValue(state, field, String(values[field]))}
              error={errorFor(field)}
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

function SettingField({ field, value, error }: { field: ClinicDefaultField; value: string; error?: string }) {
  const description = CLINIC_DEFAULT_FIELDS[field];
  const t = useTranslations('settings');
  const unit = t(`units.${description.unit}`, { count: description.max });
  const errorId = `${field}-error`;
  const aboutId = `${field}-about`;
  return (
    <div className="grid gap-3 rounded-md p-3 ring-1 ring-slate-200 md:grid-cols-[minmax(0,18rem)_minmax(0,1fr)] md:gap-6">
      <div className="space-y-1">
        <label htmlFor={field} className="block text-sm font-medium text-slate-800">
          {t(`defaults.fields.${field}`)}
        </label>
        <div className="flex items-center gap-2">
          <input
            id={field}
            name={field}
            type="number"
            inputMode="numeric"
            step={1}
            min={description.min}
            max={description.max}
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
        <p>{t(`defaults.help.${field}`)}</p>
        <p>
          {t.rich('defaults.sourcesAllow', {
            min: description.min,
            max: description.max,
            unit,
            fallback: description.default,
            range: (chunks) => <span className="font-medium text-slate-700">{chunks}</span>,
          })}
        </p>
        <p className="text-xs text-slate-500">
          <CitedText text={t(`defaults.notes.${field}`)} isLinked={false} />
        </p>
      </div>
    </div>
  );
}
