'use client';

import { useTranslations } from 'next-intl';
import { TextAreaField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue } from '@/lib/actions/action-state';
import type { ClinicProfile } from '@/lib/validation/clinic-profile';

const loadSchema = () => import('@/lib/validation/clinic-profile').then((module) => module.ZClinicProfileSchema);

/** The clinic's name, address and phone, as families see them on their child's page and its printout. */
export function ClinicProfileForm({ action, values }: { action: FormAction; values: ClinicProfile }) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const { onSubmit, errorFor, messageState } = useSchemaValidation(loadSchema, state);
  const t = useTranslations('settings');
  return (
    <form
      key={formKey}
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      aria-label={t('cards.contact')}
      className="space-y-4"
    >
      <FormMessage state={messageState} />
      <TextField
        name="clinicName"
        label={t('profile.fields.clinicName')}
        defaultValue={submittedValue(state, 'clinicName', values.clinicName)}
        error={errorFor('clinicName')}
      />
      <TextAreaField
        name="clinicAddress"
        label={t('profile.fields.clinicAddress')}
        rows={2}
        defaultValue={submittedValue(state, 'clinicAddress', values.clinicAddress)}
        error={errorFor('clinicAddress')}
      />
      <TextField
        name="clinicPhone"
        label={t('profile.fields.clinicPhone')}
        type="tel"
        autoComplete="tel"
        hint={t('profile.phoneHint')}
        defaultValue={submittedValue(state, 'clinicPhone', values.clinicPhone)}
        error={errorFor('clinicPhone')}
      />
      <div className="border-t border-slate-200 pt-4">
        <SubmitButton>{t('profile.submit')}</SubmitButton>
      </div>
    </form>
  );
}
