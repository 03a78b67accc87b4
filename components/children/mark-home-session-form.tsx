'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';
import type { HomeOutcome } from '@/components/children/home-sessions';
import { UnwellConditions } from '@/components/sessions/unwell-conditions';
import { WellTodayCheckbox } from '@/components/sessions/well-today-checkbox';
import { TextAreaField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { RadioGroup } from '@/components/ui/radio-group';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue, submittedValues } from '@/lib/actions/action-state';
import { UNWELL_TODAY_IDS } from '@/lib/domain/rules/unwell-today';
import { TOLERANCES } from '@/lib/validation/form-constants';
import type { RecordHomeSessionInput } from '@/lib/validation/session';

type Outcome = RecordHomeSessionInput['outcome'] & HomeOutcome;
type Tolerance = (typeof TOLERANCES)[number];

/** The choices in the order they are offered. */
const OUTCOMES = ['DONE', 'UNWELL', 'MISSED'] as const satisfies readonly Outcome[];

function isOutcome(value: string): value is Outcome {
  return (OUTCOMES as readonly string[]).includes(value);
}

type MarkHomeSessionFormProps = {
  action: FormAction;
  sessionId: string;
  /** The parent's page returns to the child; a caregiver's link page has no child id to send. */
  patientId?: string;
  /** Names the form for screen readers and tests, e.g. "Today's session". */
  label: string;
  /** What may be recorded for this session (homeOutcomesFor), the first one chosen. */
  outcomes: readonly Outcome[];
  /** Today's session only asks for the well-today tick (asksWellToday). */
  asksWellToday: boolean;
  /** What the guided mode already knows: the checks ticked, the minutes timed, a massage ended early. */
  defaults?: { wellToday?: boolean; tolerance?: Tolerance; actualMinutes?: number | null };
};

/**
 * A parent's record of one home session: done (today's after confirming the baby is well; how the
 * baby took it, a note, minutes if they timed it), not well today (what the baby has), which
 * postpones it and moves the rest of the course on, or missed with the reason.
 */
export function MarkHomeSessionForm({
  action,
  sessionId,
  patientId,
  label,
  outcomes,
  asksWellToday,
  defaults = {},
}: MarkHomeSessionFormProps) {
  const t = useTranslations('children.homeForm');
  const tTolerance = useTranslations('sessions.tolerance');
  const tConditions = useTranslations('rules.contraindications');
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const loadSchema = useCallback(
    () =>
      import('@/lib/validation/session').then((module) =>
        asksWellToday ? module.ZRecordTodaysHomeSessionSchema : module.ZRecordHomeSessionSchema,
      ),
    [asksWellToday],
  );
  const { onSubmit, errorFor, messageState } = useSchemaValidation(loadSchema, state);
  const firstOutcome = outcomes[0] ?? 'DONE';
  const initialOutcome = submittedValue(state, 'outcome', firstOutcome);
  const [outcome, setOutcome] = useState<Outcome>(isOutcome(initialOutcome) ? initialOutcome : firstOutcome);
  const id = (field: string) => `${sessionId}-${field}`;
  const outcomeOptions = OUTCOMES.filter((value) => outcomes.includes(value)).map((value) => ({
    value,
    label: t(`outcomes.${value}.label`),
    hint: t(`outcomes.${value}.hint`),
  }));
  const toleranceOptions = TOLERANCES.map((value) => ({ value, label: tTolerance(value) }));
  const conditionLabels = Object.fromEntries(UNWELL_TODAY_IDS.map((condition) => [condition, tConditions(condition)]));

  return (
    <form
      key={formKey}
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      aria-label={label}
      className="no-print mt-3 space-y-4 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200"
    >
      <FormMessage state={messageState} />
      <input type="hidden" name="sessionId" value={sessionId} />
      {patientId ? <input type="hidden" name="patientId" value={patientId} /> : null}
      {outcomes.length > 1 ? (
        <RadioGroup
          name="outcome"
          idPrefix={id('outcome')}
          legend={t('legend')}
          options={outcomeOptions}
          defaultValue={outcome}
          error={errorFor('outcome')}
          onValueChange={(value) => {
            if (isOutcome(value)) setOutcome(value);
          }}
        />
      ) : (
        // One choice (the guided mode knows what happened): nothing to ask.
        <input type="hidden" name="outcome" value={outcome} />
      )}

      {/* The other choice's fields stay mounted, keeping what was typed, and disabled, so they are not sent. */}
      <fieldset disabled={outcome !== 'DONE'} hidden={outcome !== 'DONE'} className="min-w-0 space-y-4">
        {asksWellToday ? (
          <WellTodayCheckbox
            id={id('wellToday')}
            defaultChecked={
              state.status === 'error' ? submittedValue(state, 'wellToday') === 'on' : (defaults.wellToday ?? false)
            }
            error={errorFor('wellToday')}
          />
        ) : null}
        <RadioGroup
          name="tolerance"
          idPrefix={id('tolerance')}
          legend={t('toleranceLegend')}
          options={toleranceOptions}
          defaultValue={submittedValue(state, 'tolerance', defaults.tolerance ?? 'GOOD')}
          error={errorFor('tolerance')}
        />
        <TextAreaField
          name="notes"
          id={id('notes')}
          label={t('note')}
          rows={2}
          hint={t('noteHint')}
          defaultValue={submittedValue(state, 'notes')}
          error={errorFor('notes')}
        />
        <div className="max-w-40">
          <TextField
            name="actualMinutes"
            id={id('minutes')}
            label={t('minutes')}
            type="number"
            inputMode="numeric"
            min={1}
            max={45}
            defaultValue={submittedValue(state, 'actualMinutes', defaults.actualMinutes?.toString() ?? '')}
            error={errorFor('actualMinutes')}
          />
        </div>
      </fieldset>

      <fieldset disabled={outcome !== 'UNWELL'} hidden={outcome !== 'UNWELL'} className="min-w-0">
        <UnwellConditions
          idPrefix={id('conditions')}
          legend={t('unwellLegend')}
          hint={t('unwellHint')}
          labels={conditionLabels}
          defaultValues={submittedValues(state, 'conditions')}
          error={errorFor('conditions')}
        />
      </fieldset>

      <fieldset disabled={outcome !== 'MISSED'} hidden={outcome !== 'MISSED'} className="min-w-0">
        <TextField
          name="reason"
          id={id('reason')}
          label={t('reason')}
          hint={t('reasonHint')}
          defaultValue={submittedValue(state, 'reason')}
          error={errorFor('reason')}
        />
      </fieldset>

      <SubmitButton>{t(`submit.${outcome}`)}</SubmitButton>
    </form>
  );
}
