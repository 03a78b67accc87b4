'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useCallback, useState } from 'react';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue } from '@/lib/actions/action-state';
import type { IsoDate } from '@/lib/domain/calendar-date';
import { SEXES } from '@/lib/validation/form-constants';
import { InvitationLinkPanel } from '@/components/guardian-invitations/invitation-link-panel';
import { NewGuardianInvitationFields } from '@/components/guardian-invitations/new-guardian-invitation-fields';
import { GuardianPicker, type GuardianChoice } from './guardian-picker';

/** The form's values as the inputs hold them (strings), for a new patient or one being edited. */
export type PatientFormValues = {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  sex: string;
  gestationalAgeWeeks: string;
  gestationalAgeExtraDays: string;
  umbilicalWoundHealedOn: string;
  notes: string;
  guardians: GuardianChoice[];
};

export const EMPTY_PATIENT: PatientFormValues = {
  firstName: '',
  lastName: '',
  dateOfBirth: '',
  sex: '',
  gestationalAgeWeeks: '',
  gestationalAgeExtraDays: '',
  umbilicalWoundHealedOn: '',
  notes: '',
  guardians: [],
};

type Props = {
  action: FormAction;
  initial: PatientFormValues;
  today: IsoDate;
  submitLabel: string;
  cancelHref: string;
  /** For a new patient, made when the page renders: a double submit or a retry makes one patient. */
  idempotencyKey?: string;
  /** An edit corrects the record: it asks why, and the previous values are kept. */
  isCorrection?: boolean;
};

/** Creates or edits a patient; the server validates with patientSchema and saves nothing on error. */
export function PatientForm({
  action,
  initial,
  today,
  submitLabel,
  cancelHref,
  idempotencyKey,
  isCorrection = false,
}: Props) {
  const t = useTranslations('patients.form');
  const sexes = useTranslations('patients.details.sexes');
  const sexOptions = [{ value: '', label: t('choose') }, ...SEXES.map((sex) => ({ value: sex, label: sexes(sex) }))];
  const { state, formAction, formKey, formRef } = useActionForm(action);
  // Held here, above the form that remounts with each answer, so a rejected form keeps its choices.
  const [guardians, setGuardians] = useState(initial.guardians);
  const loadSchema = useCallback(
    () =>
      import('@/lib/validation/patient').then((module) =>
        isCorrection ? module.patientCorrectionSchema(today) : module.newPatientSchema(today),
      ),
    [isCorrection, today],
  );
  const { onSubmit, errorFor, messageState } = useSchemaValidation(loadSchema, state);
  const value = (field: Exclude<keyof PatientFormValues, 'guardians'>) => submittedValue(state, field, initial[field]);

  if (state.status === 'success' && state.shownOnce)
    return <InvitationLinkPanel message={state.message} path={state.shownOnce} nextHref={state.nextHref} />;

  return (
    <form
      key={formKey}
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="max-w-2xl space-y-6"
    >
      <FormMessage state={messageState} />
      {idempotencyKey && <input type="hidden" name="idempotencyKey" value={idempotencyKey} />}

      <section
        aria-labelledby="patient-child"
        className="space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6"
      >
        <h2 id="patient-child" className="text-lg font-semibold text-slate-900">
          {t('child')}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="firstName"
            label={t('firstName')}
            autoComplete="off"
            defaultValue={value('firstName')}
            error={errorFor('firstName')}
          />
          <TextField
            name="lastName"
            label={t('lastName')}
            autoComplete="off"
            defaultValue={value('lastName')}
            error={errorFor('lastName')}
          />
          <TextField
            name="dateOfBirth"
            label={t('dateOfBirth')}
            type="date"
            max={today}
            defaultValue={value('dateOfBirth')}
            error={errorFor('dateOfBirth')}
          />
          <SelectField
            name="sex"
            label={t('sex')}
            options={sexOptions}
            defaultValue={value('sex')}
            error={errorFor('sex')}
          />
          {/* Recorded as obstetricians write it, 32+3: weeks and days, so the due date is exact. */}
          <div className="grid grid-cols-2 gap-3">
            <TextField
              name="gestationalAgeWeeks"
              label={t('gestationWeeks')}
              type="number"
              inputMode="numeric"
              min={22}
              max={44}
              defaultValue={value('gestationalAgeWeeks')}
              error={errorFor('gestationalAgeWeeks')}
              hint={t('gestationWeeksHint')}
            />
            <TextField
              name="gestationalAgeExtraDays"
              label={t('gestationDays')}
              type="number"
              inputMode="numeric"
              min={0}
              max={6}
              defaultValue={value('gestationalAgeExtraDays')}
              error={errorFor('gestationalAgeExtraDays')}
              hint={t('gestationDaysHint')}
            />
          </div>
          <TextField
            name="umbilicalWoundHealedOn"
            label={t('umbilicalWoundHealedOn')}
            type="date"
            max={today}
            defaultValue={value('umbilicalWoundHealedOn')}
            error={errorFor('umbilicalWoundHealedOn')}
            hint={t('umbilicalWoundHint')}
          />
        </div>
        <TextAreaField
          name="notes"
          label={t('notes')}
          rows={4}
          defaultValue={value('notes')}
          error={errorFor('notes')}
        />
      </section>

      <section
        aria-labelledby="patient-guardians"
        className="space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6"
      >
        <h2 id="patient-guardians" className="text-lg font-semibold text-slate-900">
          {t('guardians')}
        </h2>
        <GuardianPicker name="guardianIds" chosen={guardians} onChange={setGuardians} error={errorFor('guardianIds')} />
        {isCorrection ? null : (
          <NewGuardianInvitationFields
            values={{
              inviteName: submittedValue(state, 'inviteName'),
              inviteEmail: submittedValue(state, 'inviteEmail'),
            }}
            errorFor={errorFor}
          />
        )}
      </section>

      {isCorrection ? (
        <TextAreaField
          name="correctionReason"
          label={t('correctionReason')}
          rows={2}
          hint={t('correctionReasonHint')}
          defaultValue={submittedValue(state, 'correctionReason', '')}
          error={errorFor('correctionReason')}
        />
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton>{submitLabel}</SubmitButton>
        <Link href={cancelHref} className="px-2 py-2 text-sm font-medium text-slate-700 underline">
          {t('cancel')}
        </Link>
      </div>
    </form>
  );
}
