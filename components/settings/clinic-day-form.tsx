'use client';

import { useTranslations } from 'next-intl';
import { TextAreaField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue } from '@/lib/actions/action-state';
import type { ClinicDaySettings } from '@/lib/validation/clinic-day';
import { OPENING_HOURS_FIELDS, SLOT_MINUTES } from '@/lib/validation/form-constants';

const loadSchema = () => import('@/lib/validation/clinic-day').then((module) => module.ZClinicDaySchema);

const HOURS_FIELDS = Object.keys(OPENING_HOURS_FIELDS) as (keyof typeof OPENING_HOURS_FIELDS)[];

/** Opening hours per weekday, the slot length and the rooms: what clinic sessions are booked within. */
export function ClinicDayForm({ action, values }: { action: FormAction; values: ClinicDaySettings }) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const { onSubmit, errorFor, messageState } = useSchemaValidation(loadSchema, state);
  const t = useTranslations('settings');
  return (
    <form
      key={formKey}
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      aria-label={t('cards.day')}
      className="space-y-4"
    >
      <FormMessage state={messageState} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t('day.legend')}</legend>
        <p className="text-xs text-slate-500">{t('day.hint')}</p>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {HOURS_FIELDS.map((field) => (
            <TextField
              key={field}
              name={field}
              label={t(`day.weekdays.${field}`)}
              placeholder={t('day.closed')}
              defaultValue={submittedValue(state, field, values[field])}
              error={errorFor(field)}
            />
          ))}
        </div>
      </fieldset>
      <TextField
        name="slotMinutes"
        label={t('day.slot')}
        type="number"
        inputMode="numeric"
        min={SLOT_MINUTES.min}
        max={SLOT_MINUTES.max}
        hint={t('day.slotHint')}
        defaultValue={submittedValue(state, 'slotMinutes', String(values.slotMinutes))}
        error={errorFor('slotMinutes')}
      />
      <TextAreaField
        name="rooms"
        label={t('day.rooms')}
        rows={3}
        hint={t('day.roomsHint')}
        defaultValue={submittedValue(state, 'rooms', values.rooms)}
        error={errorFor('rooms')}
      />
      <div className="border-t border-slate-200 pt-4">
        <SubmitButton>{t('day.submit')}</SubmitButton>
      </div>
    </form>
  );
}
