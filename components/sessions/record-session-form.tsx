'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useTranslateMessage } from '@/components/i18n/use-translate-message';
import { TextAreaField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { RadioGroup } from '@/components/ui/radio-group';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue, submittedValues } from '@/lib/actions/action-state';
import { recordedMinutesWarning } from '@/lib/domain/rules/recorded-minutes';
import type { OutcomeKind as Outcome } from '@/lib/domain/session-outcomes';
import { RECORDING_OUTCOMES as OUTCOMES, TOLERANCES } from '@/lib/validation/form-constants';
import { UnwellConditions, type UnwellConditionLabels } from './unwell-conditions';
import { WellTodayCheckbox } from './well-today-checkbox';

const loadSchema = () => import('@/lib/validation/session').then((module) => module.ZRecordSessionSchema);

function isOutcome(value: string): value is Outcome {
  return (OUTCOMES as readonly string[]).includes(value);
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
  /** The "not well today" conditions in the reader's language (unwellConditionLabels). */
  conditionLabels: UnwellConditionLabels;
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
  conditionLabels,
}: RecordSessionFormProps) {
  const t = useTranslations('sessions');
  const read = useTranslateMessage();
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const { onSubmit, errorFor, messageState } = useSchemaValidation(loadSchema, state);
  const initialOutcome = submittedValue(state, 'outcome', isFuture ? 'POSTPONED' : 'DONE');
  const [outcome, setOutcome] = useState<Outcome>(isOutcome(initialOutcome) ? initialOutcome : 'DONE');
  const [minutes, setMinutes] = useState(() => submittedValue(state, 'actualMinutes', String(plannedMinutes)));
  const typedMinutes = /^\s*\d+\s*$/.test(minutes) ? Number(minutes) : null;
  const minutesWarning = recordedMinutesWarning(typedMinutes, plannedMinutes, ageMaxMinutes);
  const outcomeOptions = OUTCOMES.map((value) => ({
    value,
    label: t(`form.outcomes.${value}.label`),
    hint: t(`form.outcomes.${value}.hint`),
  }));
  const toleranceOptions = TOLERANCES.map((value) => ({ value, label: t(`tolerance.${value}`) }));

  return (
    <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <FormMessage state={messageState} />
      <input type="hidden" name="sessionId" value={sessionId} />

      <RadioGroup
        name="outcome"
        legend={t('form.whatHappened')}
        options={outcomeOptions}
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
            label={t('form.minutes')}
            type="number"
            inputMode="numeric"
            min={1}
            max={45}
            hint={t('form.plannedToday', { minutes: plannedMinutes })}
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
            error={errorFor('actualMinutes')}
          />
        </div>
        <p aria-live="polite" className="text-sm empty:hidden">
          {minutesWarning ? (
            <span className="block rounded-md bg-amber-50 px-3 py-2 text-amber-900">
              {read(minutesWarning)} {t('form.recordedAsEntered')}
            </span>
          ) : null}
        </p>
        <RadioGroup
          name="tolerance"
          legend={t('form.toleranceLegend')}
          options={toleranceOptions}
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
          label={t('form.notes')}
          hint={t('form.optional')}
          defaultValue={submittedValue(state, 'notes')}
          error={errorFor('notes')}
        />
      </fieldset>

      <fieldset disabled={outcome !== 'POSTPONED'} hidden={outcome !== 'POSTPONED'}>
        <TextAreaField
          name="reason"
          label={t('form.reason')}
          rows={2}
          hint={t('form.reasonHint')}
          defaultValue={submittedValue(state, 'reason')}
          error={errorFor('reason')}
        />
      </fieldset>

      <fieldset disabled={outcome !== 'UNWELL'} hidden={outcome !== 'UNWELL'} className="min-w-0">
        <UnwellConditions
          idPrefix="conditions"
          legend={t('form.unwellLegend')}
          hint={t('form.unwellHint')}
          defaultValues={submittedValues(state, 'conditions')}
          error={errorFor('conditions')}
          labels={conditionLabels}
        />
      </fieldset>

      <SubmitButton>{t('form.save')}</SubmitButton>
    </form>
  );
}
