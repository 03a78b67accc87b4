'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useCallback } from 'react';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue } from '@/lib/actions/action-state';
import type { IsoDate } from '@/lib/domain/calendar-date';
import { INDICATION_KINDS } from '@/lib/validation/form-constants';
import { TextAreaField } from '@/components/ui/field';

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
  const t = useTranslations('indications.form');
  const kinds = useTranslations('indications.kinds');
  const kindOptions = [
    { value: '', label: t('choose') },
    ...INDICATION_KINDS.map((kind) => ({
      value: kind,
      label: t('kindOption', { kind: kinds(kind), hint: t(`kindHints.${kind}`) }),
    })),
  ];
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const isCorrection = correction !== undefined;
  const loadSchema = useCallback(
    () =>
      import('@/lib/validation/indication').then((module) =>
        isCorrection ? module.indicationCorrectionSchema(today) : module.indicationSchema(today),
      ),
    [isCorrection, today],
  );
  const { onSubmit, errorFor, messageState } = useSchemaValidation(loadSchema, state);
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
        label={t('kind')}
        options={kindOptions}
        defaultValue={submittedValue(state, 'kind', correction?.kind)}
        error={errorFor('kind')}
      />
      <TextField
        name="diagnosis"
        label={t('diagnosis')}
        autoComplete="off"
        defaultValue={submittedValue(state, 'diagnosis', correction?.diagnosis)}
        error={errorFor('diagnosis')}
        hint={t('diagnosisHint')}
      />
      <TextField
        name="icd10Code"
        label={t('icd10Code')}
        autoComplete="off"
        autoCapitalize="characters"
        defaultValue={submittedValue(state, 'icd10Code', correction?.icd10Code)}
        error={errorFor('icd10Code')}
        hint={t('icd10CodeHint')}
      />
      <TextField
        name="diagnosedOn"
        label={t('diagnosedOn')}
        type="date"
        min={dateOfBirth}
        max={today}
        defaultValue={submittedValue(state, 'diagnosedOn', correction?.diagnosedOn ?? today)}
        error={errorFor('diagnosedOn')}
      />
      {correction ? (
        <TextAreaField
          name="correctionReason"
          label={t('correctionReason')}
          rows={2}
          hint={t('correctionReasonHint')}
          defaultValue={submittedValue(state, 'correctionReason', '')}
          error={errorFor('correctionReason')}
        />
      ) : null}
      <div className="flex flex-wrap items-center gap-3 pt-2">
        <SubmitButton>{correction ? t('saveCorrection') : t('save')}</SubmitButton>
        <Link href={cancelHref} className="px-2 py-2 text-sm font-medium text-slate-700 underline">
          {t('cancel')}
        </Link>
      </div>
    </form>
  );
}
