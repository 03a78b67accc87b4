'use client';

import { TextAreaField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue } from '@/lib/actions/action-state';
import { CLINIC_PROFILE_FIELDS, ZClinicProfileSchema, type ClinicProfile } from '@/lib/validation/clinic-profile';

/** The clinic's name, address and phone, as families see them on their child's page and its printout. */
export function ClinicProfileForm({ action, values }: { action: FormAction; values: ClinicProfile }) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const { onSubmit, errorFor, messageState } = useSchemaValidation(ZClinicProfileSchema, state);
  return (
    <form
      key={formKey}
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      aria-label="Clinic contact"
      className="space-y-4"
    >
      <FormMessage state={messageState} />
      <TextField
        name="clinicName"
        label={CLINIC_PROFILE_FIELDS.clinicName.label}
        defaultValue={submittedValue(state, 'clinicName', values.clinicName)}
        error={errorFor('clinicName')}
      />
      <TextAreaField
        name="clinicAddress"
        label={CLINIC_PROFILE_FIELDS.clinicAddress.label}
        rows={2}
        defaultValue={submittedValue(state, 'clinicAddress', values.clinicAddress)}
        error={errorFor('clinicAddress')}
      />
      <TextField
        name="clinicPhone"
        label={CLINIC_PROFILE_FIELDS.clinicPhone.label}
        type="tel"
        autoComplete="tel"
        hint="The number families are told to call, e.g. +44 20 7946 0000."
        defaultValue={submittedValue(state, 'clinicPhone', values.clinicPhone)}
        error={errorFor('clinicPhone')}
      />
      <div className="border-t border-slate-200 pt-4">
        <SubmitButton>Save the clinic contact</SubmitButton>
      </div>
    </form>
  );
}
