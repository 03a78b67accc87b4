'use client';

import { TextAreaField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue } from '@/lib/actions/action-state';
import {
  OPENING_HOURS_FIELDS,
  SLOT_MINUTES,
  ZClinicDaySchema,
  type ClinicDaySettings,
} from '@/lib/validation/clinic-day';

const HOURS_FIELDS = Object.entries(OPENING_HOURS_FIELDS) as [
  keyof typeof OPENING_HOURS_FIELDS,
  (typeof OPENING_HOURS_FIELDS)[keyof typeof OPENING_HOURS_FIELDS],
][];

/** Opening hours per weekday, the slot length and the rooms: what clinic sessions are booked within. */
export function ClinicDayForm({ action, values }: { action: FormAction; values: ClinicDaySettings }) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const { onSubmit, errorFor, messageState } = useSchemaValidation(ZClinicDaySchema, state);
  return (
    <form
      key={formKey}
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      aria-label="Opening hours and rooms"
      className="space-y-4"
    >
      <FormMessage state={messageState} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Opening hours</legend>
        <p className="text-xs text-slate-500">
          As 08:00-15:00; leave a day empty when the clinic is closed. The sources advise massage between 8:00 and 15:00
          (002).
        </p>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {HOURS_FIELDS.map(([field, { label }]) => (
            <TextField
              key={field}
              name={field}
              label={label}
              placeholder="Closed"
              defaultValue={submittedValue(state, field, values[field])}
              error={errorFor(field)}
            />
          ))}
        </div>
      </fieldset>
      <TextField
        name="slotMinutes"
        label="Appointment slot (minutes)"
        type="number"
        inputMode="numeric"
        min={SLOT_MINUTES.min}
        max={SLOT_MINUTES.max}
        hint="Sessions start on these slots; a longer session takes two."
        defaultValue={submittedValue(state, 'slotMinutes', String(values.slotMinutes))}
        error={errorFor('slotMinutes')}
      />
      <TextAreaField
        name="rooms"
        label="Rooms"
        rows={3}
        hint="One a line. With one room or none, nobody is asked to choose."
        defaultValue={submittedValue(state, 'rooms', values.rooms)}
        error={errorFor('rooms')}
      />
      <div className="border-t border-slate-200 pt-4">
        <SubmitButton>Save opening hours and rooms</SubmitButton>
      </div>
    </form>
  );
}
