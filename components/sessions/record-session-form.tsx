'use client';

import { useState } from 'react';
import { TextAreaField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { RadioGroup } from '@/components/ui/radio-group';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue, submittedValues } from '@/lib/actions/action-state';
import { recordedMinutesWarning } from '@/lib/domain/rules';
import { ZRecordSessionSchema } from '@/lib/validation/session';
import { RECORDING_OUTCOME_LABELS, TOLERANCE_OPTIONS } from './labels';
import { UnwellConditions } from './unwell-conditions';
import { WellTodayCheckbox } from './well-today-checkbox';

type Outcome = keyof typeof RECORDING_OUTCOME_LABELS;

const OUTCOME_OPTIONS = [
  { value: 'DONE', label: RECORDING_OUTCOME_LABELS.DONE, hint: 'The session took place' },
  { value: 'MISSED', label: RECORDING_OUTCOME_LABELS.MISSED, hint: 'A make-up session is added' },
  { value: 'POSTPONED', label: RECORDING_OUTCOME_LABELS.POSTPONED, hint: 'Any other cause; a make-up is added' },
  { value: 'UNWELL', label: RECORDING_OUTCOME_LABELS.UNWELL, hint: 'Fever, infection…: the course moves on' },
] as const satisfies readonly { value: Outcome; label: string; hint: string }[];

function isOutcome(value: string): value is Outcome {
  return Object.hasOwn(RECORDING_OUTCOME_LABELS, value);
}

type RecordSessionFormProps = {
  action: FormAction;
  sessionId: string;
  /** This session's planned minutes: the default, and what the warning compares against. */
  plannedMinutes: number;
  /** The longest session at the child's age on the session's date. */
  ageMaxMinutes: number;
  /** A future session can only be postponed; the use case enforces it, this only sets the default. */
  isFuture: boolean;
};

/**
 * Done (well today, minutes, tolerance, notes), missed (notes), postponed (reason) or not well
 * today (which conditions): only the chosen outcome's fields are sent.
 */
export function RecordSessionForm({
  action,
  sessionId,
  plannedMinutes,
  ageMaxMinutes,
  isFuture,
}: RecordSessionFormProps) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const { onSubmit, errorFor, messageState } = useSchemaValidation(ZRecordSessionSchema, state);
  const initialOutcome = submittedValue(state, 'outcome', isFuture ? 'POSTPONED' : 'DONE');
  const [outcome, setOutcome] = useState<Outcome>(isOutcome(initialOutcome) ? initialOutcome : 'DONE');
  const [minutes, setMinutes] = useState(() => submittedValue(state, 'actualMinutes', String(plannedMinutes)));
  const typedMinutes = /^\s*\d+\s*$/.test(minutes) ? Number(minutes) : null;
  const minutesWarning = recordedMinutesWarning(typedMinutes, plannedMinutes, ageMaxMinutes);

  return (
    <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <FormMessage state={messageState} />
      <input type="hidden" name="sessionId" value={sessionId} />

      <RadioGroup
        name="outcome"
        legend="What happened?"
        options={OUTCOME_OPTIONS}
        defaultValue={outcome}
        error={errorFor('outcome')}
        onValueChange={(value) => {
          if (isOutcome(value)) setOutcome(value);
        }}
      />

      {/* Hidden outcomes stay mounted, so switching back keeps what was typed; disabled, so they are not sent. */}
      <fieldset disabled={outcome !== 'DONE'} hidden={outcome !== 'DONE'} className="min-w-0 space-y-4">
        <WellTodayCheckbox
          id="wellToday"
          defaultChecked={submittedValue(state, 'wellToday') === 'on'}
          error={errorFor('wellToday')}
        />
        <div className="max-w-40">
          <TextField
            name="actualMinutes"
            label="Minutes"
            type="number"
            inputMode="numeric"
            min={1}
            max={45}
            hint={`Planned today: ${plannedMinutes} min.`}
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
            error={errorFor('actualMinutes')}
          />
        </div>
        <p aria-live="polite" className="text-sm empty:hidden">
          {minutesWarning ? (
            <span className="block rounded-md bg-amber-50 px-3 py-2 text-amber-900">
              {minutesWarning} It will be recorded as entered.
            </span>
          ) : null}
        </p>
        <RadioGroup
          name="tolerance"
          legend="How did the baby tolerate it?"
          options={TOLERANCE_OPTIONS}
          defaultValue={submittedValue(state, 'tolerance', 'GOOD')}
          error={errorFor('tolerance')}
        />
      </fieldset>

      <fieldset
        disabled={outcome !== 'DONE' && outcome !== 'MISSED'}
        hidden={outcome !== 'DONE' && outcome !== 'MISSED'}
      >
        <TextAreaField
          name="notes"
          label="Notes"
          hint="Optional."
          defaultValue={submittedValue(state, 'notes')}
          error={errorFor('notes')}
        />
      </fieldset>

      <fieldset disabled={outcome !== 'POSTPONED'} hidden={outcome !== 'POSTPONED'}>
        <TextAreaField
          name="reason"
          label="Reason"
          rows={2}
          hint="Required, e.g. the family is away. If the baby is ill, choose “Not well today”."
          defaultValue={submittedValue(state, 'reason')}
          error={errorFor('reason')}
        />
      </fieldset>

      <fieldset disabled={outcome !== 'UNWELL'} hidden={outcome !== 'UNWELL'} className="min-w-0">
        <UnwellConditions
          idPrefix="conditions"
          legend="What does the baby have today?"
          hint="No massage today. The session is postponed and the rest of the course moves on from tomorrow, keeping its number of sessions."
          defaultValues={submittedValues(state, 'conditions')}
          error={errorFor('conditions')}
        />
      </fieldset>

      <SubmitButton>Save</SubmitButton>
    </form>
  );
}
