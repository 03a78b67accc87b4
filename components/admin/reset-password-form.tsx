'use client';

import { useTranslations } from 'next-intl';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { MIN_PASSWORD_LENGTH } from '@/lib/validation/form-constants';

const loadSchema = () => import('@/lib/validation/user').then((module) => module.ZResetPasswordSchema);

/** The admin types a new password for one account; it is never shown or sent back. */
export function ResetPasswordForm({
  action,
  userId,
  userName,
}: {
  action: FormAction;
  userId: string;
  userName: string;
}) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const { onSubmit, errorFor, messageState } = useSchemaValidation(loadSchema, state);
  const t = useTranslations('admin.resetPassword');
  return (
    <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage state={messageState} />
      <input type="hidden" name="userId" value={userId} />
      <TextField
        id={`new-password-${userId}`}
        name="password"
        label={t('label', { name: userName })}
        type="password"
        autoComplete="new-password"
        error={errorFor('password')}
        hint={t('hint', { min: MIN_PASSWORD_LENGTH })}
      />
      <SubmitButton variant="secondary">{t('submit')}</SubmitButton>
    </form>
  );
}
