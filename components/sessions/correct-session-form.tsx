'use client';

import { useState } from 'react';
import { TextAreaField, TextField } from '@/components/ui/field';
import { ConfirmSubmitButton } from '@/components/ui/confirm-submit-button';
import { FormMessage } from '@/components/ui/form-message';
import { RadioGroup } from '@/components/ui/radio-group';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue } from '@/lib/actions/action-state';
import type { SessionStatus } from '@/lib/domain/course-progress';
import { countChange, type CorrectedStatus, type CountChange } from '@/lib/domain/session-corrections';
import { ZCorrectSessionSchema } from '@/lib/validation/correct-session';
import { OUTCOME_LABELS, TOLERANCE_OPTIONS } from './labels';
import { WellTodayCheckbox } from './well-today-checkbox';

const STATUS_OPTIONS = (Object.keys(OUTCOME_LABELS) as CorrectedStatus[]).map((value) => ({
  value,
  label: OUTCOME_LABELS[value],
}));

function isCorrectedStatus(value: string): value is CorrectedStatus {
  return Object.hasOwn(OUTCOME_LABELS, value);
}

/** What saving does to the course, said in the confirmation (the rule is countChange). */
const COUNT_CHANGE_TEXT = {
  ADD_MAKE_UP: 'The session no longer counts as done: a make-up session is added at the end of the course.',
  REMOVE_ONE: 'The session now counts as done: the last session still to come is removed.',
  NONE: 'The course’s sessions stay as they are.',
} as const satisfies Record<CountChange, string>;

export type RecordedValues = {
  status: Exclude<SessionStatus, 'SCHEDULED'>;
  actualMinutes: number | null;
  tolerance: string | null;
  notes: string;
  reason: string;
};

type Props = { action: FormAction; sessionId: string; plannedMinutes: number; recorded: RecordedValues };

/**
 * Corrects what was recorded: the form starts from the recorded values, asks why, and confirms
 * what the change does to the course before it is saved; the previous values are kept.
 */
export function CorrectSessionForm({ action, sessionId, plannedMinutes, recorded }: Props) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const { onSubmit, errorFor, messageState } = useSchemaValidation(ZCorrectSessionSchema, state);
  const initialStatus = submittedValue(state, 'status', recorded.status);
  const [status, setStatus] = useState<CorrectedStatus>(
    isCorrectedStatus(initialStatus) ? initialStatus : recorded.status,
  );

  return (
    <form
      key={formKey}
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      aria-label="Correct the session"
      className="space-y-5"
    >
      <FormMessage state={messageState} />
      <input type="hidden" name="sessionId" value={sessionId} />

      <RadioGroup
        name="status"
        legend="What really happened?"
        options={STATUS_OPTIONS}
        defaultValue={status}
        error={errorFor('status')}
        onValueChange={(value) => {
          if (isCorrectedStatus(value)) setStatus(value);
        }}
      />

      {/* Hidden statuses stay mounted, so switching back keeps what was typed; disabled, so they are not sent. */}
      <fieldset disabled={status !== 'DONE'} hidden={status !== 'DONE'} className="min-w-0 space-y-4">
        <WellTodayCheckbox
          id="wellBefore"
          name="wellBefore"
          label="The baby was well before this session"
          defaultChecked={submittedValue(state, 'wellBefore', recorded.status === 'DONE' ? 'on' : '') === 'on'}
          error={errorFor('wellBefore')}
        />
        <div className="max-w-40">
          <TextField
            name="actualMinutes"
            label="Minutes"
            type="number"
            inputMode="numeric"
            min={1}
            max={45}
            hint={`Planned: ${plannedMinutes} min.`}
            defaultValue={submittedValue(state, 'actualMinutes', String(recorded.actualMinutes ?? plannedMinutes))}
            error={errorFor('actualMinutes')}
          />
        </div>
        <RadioGroup
          name="tolerance"
          legend="How did the baby tolerate it?"
          options={TOLERANCE_OPTIONS}
          defaultValue={submittedValue(state, 'tolerance', recorded.tolerance ?? 'GOOD')}
          error={errorFor('tolerance')}
        />
      </fieldset>

      <fieldset disabled={status === 'POSTPONED'} hidden={status === 'POSTPONED'}>
        <TextAreaField
          name="notes"
          label="Notes"
          hint="Optional."
          defaultValue={submittedValue(state, 'notes', recorded.notes)}
          error={errorFor('notes')}
        />
      </fieldset>

      <fieldset disabled={status !== 'POSTPONED'} hidden={status !== 'POSTPONED'}>
        <TextAreaField
          name="reason"
          label="Why it was postponed"
          rows={2}
          hint="Required."
          defaultValue={submittedValue(state, 'reason', recorded.reason)}
          error={errorFor('reason')}
        />
      </fieldset>

      <TextAreaField
        name="correctionReason"
        label="Reason for the correction"
        rows={2}
        hint="Required; kept with the previous values, for example: recorded on the wrong day."
        defaultValue={submittedValue(state, 'correctionReason')}
        error={errorFor('correctionReason')}
      />

      <ConfirmSubmitButton
        variant="primary"
        title="Save this correction?"
        description={`${COUNT_CHANGE_TEXT[countChange(recorded.status, status)]} What was recorded before stays in the session's history.`}
        confirmLabel="Save the correction"
      >
        Save the correction
      </ConfirmSubmitButton>
    </form>
  );
}
