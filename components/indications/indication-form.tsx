'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue } from '@/lib/actions/action-state';
import type { IsoDate } from '@/lib/domain/calendar-date';
import { INDICATION_KINDS, indicationCorrectionSchema, indicationSchema } from '@/lib/validation/indication';
import { TextAreaField } from '@/components/ui/field';
import { INDICATION_KIND_LABELS } from './labels';

const KIND_HINTS = {
  THERAPEUTIC: 'treats a specific problem',
  CORRECTIVE: 'consolidates the results of treatment',
  PREVENTIVE: 'general strengthening for a healthy infant',
} as const satisfies Record<(typeof INDICATION_KINDS)[number], string>;

const KIND_OPTIONS = [
  { value: '', label: 'Choose…' },
  ...INDICATION_KINDS.map((kind) => ({ value: kind, label: `${INDICATION_KIND_LABELS[kind]}: ${KIND_HINTS[kind]}` })),
];

type Props = {
  action: FormAction;
  today: IsoDate;
  dateOfBirth: IsoDate;
  cancelHref: string;
} & (
  | {
      /** Made when the page renders: a double submit or a retry of this form records one indication. */
      idempotencyKey: string;
      correction?: never;
    }
  | {
      idempotencyKey?: never;
      /** Correcting a recorded indication: its values to start from; the form asks why. */
      correction: { indicationId: string; kind: string; diagnosis: string; icd10Code: string; diagnosedOn: IsoDate };
    }
);

/** Records an indication, or corrects one (with a reason; its previous values are kept). */
export function IndicationForm({ action, today, dateOfBirth, cancelHref, idempotencyKey, correction }: Props) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const schema = useMemo(
    () => (correction ? indicationCorrectionSchema(today) : indicationSchema(today)),
    [correction, today],
  );
  const { onSubmit, errorFor, messageState } = useSchemaValidation(schema, state);
  return (
    <form
      key={formKey}
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="max-w-2xl space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6"
    >
      <FormMessage state={messageState} />
      {correction ? (
        <input type="hidden" name="indicationId" value={correction.indicationId} />
      ) : (
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      )}
      <SelectField
        name="kind"
        label="Kind"
        options={KIND_OPTIONS}
        defaultValue={submittedValue(state, 'kind', correction?.kind)}
        error={errorFor('kind')}
      />
      <TextField
        name="diagnosis"
        label="Diagnosis"
        autoComplete="off"
        defaultValue={submittedValue(state, 'diagnosis', correction?.diagnosis)}
        error={errorFor('diagnosis')}
        hint="In plain words, e.g. “Muscle hypertonia of the legs” or “Healthy infant: general strengthening”."
      />
      <TextField
        name="icd10Code"
        label="ICD-10 code"
        autoComplete="off"
        autoCapitalize="characters"
        defaultValue={submittedValue(state, 'icd10Code', correction?.icd10Code)}
        error={errorFor('icd10Code')}
        hint="Optional, e.g. P94.1 or Q65.8."
      />
      <TextField
        name="diagnosedOn"
        label="Diagnosed on"
        type="date"
        min={dateOfBirth}
        max={today}
        defaultValue={submittedValue(state, 'diagnosedOn', correction?.diagnosedOn ?? today)}
        error={errorFor('diagnosedOn')}
      />
      {correction ? (
        <TextAreaField
          name="correctionReason"
          label="Reason for the correction"
          rows={2}
          hint="Required; kept with the previous values, for example: wrong ICD-10 code."
          defaultValue={submittedValue(state, 'correctionReason', '')}
          error={errorFor('correctionReason')}
        />
      ) : null}
      <div className="flex flex-wrap items-center gap-3 pt-2">
        <SubmitButton>{correction ? 'Save the correction' : 'Save indication'}</SubmitButton>
        <Link href={cancelHref} className="px-2 py-2 text-sm font-medium text-slate-700 underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
