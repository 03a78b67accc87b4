'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { TextAreaField, TextField } from '@/components/ui/field';
import { ConfirmSubmitButton } from '@/components/ui/confirm-submit-button';
import { FormMessage } from '@/components/ui/form-message';
import { RadioGroup } from '@/components/ui/radio-group';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue } from '@/lib/actions/action-state';
import type { SessionStatus } from '@/lib/domain/course-progress';
import type { CorrectedStatus, CountChange } from '@/lib/domain/session-corrections';
import { TOLERANCES } from '@/lib/validation/form-constants';
import { WellTodayCheckbox } from './well-today-checkbox';

const loadSchema = () => import('@/lib/validation/correct-session').then((module) => module.ZCorrectSessionSchema);

const STATUSES = ['DONE', 'MISSED', 'POSTPONED'] as const satisfies readonly CorrectedStatus[];

function isCorrectedStatus(value: string): value is CorrectedStatus {
  return (STATUSES as readonly string[]).includes(value);
}

export type RecordedValues = {
  status: Exclude<SessionStatus, 'SCHEDULED'>;
  actualMinutes: number | null;
  tolerance: string | null;
  notes: string;
  reason: string;
};

type Props = {
  action: FormAction;
  sessionId: string;
  plannedMinutes: number;
  recorded: RecordedValues;
  /**
   * What saving each status does to the course's count (countChange), worked out by the page: the
   * corrections module would bring the scheduler into the browser's code (issue 11).
   */
  countChanges: Record<CorrectedStatus, CountChange>;
};

/**
 * Corrects what was recorded: the form starts from the recorded values, asks why, and confirms
 * what the change does to the course before it is saved; the previous values are kept.
 */
export function CorrectSessionForm({ action, sessionId, plannedMinutes, recorded, countChanges }: Props) {
  const t = useTranslations('sessions');
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const { onSubmit, errorFor, messageState } = useSchemaValidation(loadSchema, state);
  const initialStatus = submittedValue(state, 'status', recorded.status);
  const [status, setStatus] = useState<CorrectedStatus>(
    isCorrectedStatus(initialStatus) ? initialStatus : recorded.status,
  );
  const statusOptions = STATUSES.map((value) => ({ value, label: t(`form.outcomes.${value}.label`) }));
  const toleranceOptions = TOLERANCES.map((value) => ({ value, label: t(`tolerance.${value}`) }));

  return (
    <form
      key={formKey}
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      aria-label={t('correct.formLabel')}
      className="space-y-5"
    >
      <FormMessage state={messageState} />
      <input type="hidden" name="sessionId" value={sessionId} />

      <RadioGroup
        name="status"
        legend={t('correct.whatReallyHappened')}
        options={statusOptions}
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
          label={t('correct.wellBefore')}
          defaultChecked={submittedValue(state, 'wellBefore', recorded.status === 'DONE' ? 'on' : '') === 'on'}
          error={errorFor('wellBefore')}
        />
        <div className="max-w-40">
          <TextField
            name="actualMinutes"
            label={t('form.minutes')}
            type="number"
            inputMode="numeric"
            min={1}
            max={45}
            hint={t('correct.plannedHint', { minutes: plannedMinutes })}
            defaultValue={submittedValue(state, 'actualMinutes', String(recorded.actualMinutes ?? plannedMinutes))}
            error={errorFor('actualMinutes')}
          />
        </div>
        <RadioGroup
          name="tolerance"
          legend={t('form.toleranceLegend')}
          options={toleranceOptions}
          defaultValue={submittedValue(state, 'tolerance', recorded.tolerance ?? 'GOOD')}
          error={errorFor('tolerance')}
        />
      </fieldset>

      <fieldset disabled={status === 'POSTPONED'} hidden={status === 'POSTPONED'}>
        <TextAreaField
          name="notes"
          label={t('form.notes')}
          hint={t('form.optional')}
          defaultValue={submittedValue(state, 'notes', recorded.notes)}
          error={errorFor('notes')}
        />
      </fieldset>

      <fieldset disabled={status !== 'POSTPONED'} hidden={status !== 'POSTPONED'}>
        <TextAreaField
          name="reason"
          label={t('correct.postponedWhy')}
          rows={2}
          hint={t('correct.required')}
          defaultValue={submittedValue(state, 'reason', recorded.reason)}
          error={errorFor('reason')}
        />
      </fieldset>

      <TextAreaField
        name="correctionReason"
        label={t('correct.correctionReason')}
        rows={2}
        hint={t('correct.correctionReasonHint')}
        defaultValue={submittedValue(state, 'correctionReason')}
        error={errorFor('correctionReason')}
      />

      <ConfirmSubmitButton
        variant="primary"
        title={t('correct.confirmTitle')}
        description={t('correct.confirmDescription', {
          change: t(`correct.countChange.${countChanges[status]}`),
        })}
        confirmLabel={t('correct.save')}
        cancelLabel={t('correct.keepEditing')}
      >
        {t('correct.save')}
      </ConfirmSubmitButton>
    </form>
  );
}
