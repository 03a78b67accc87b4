'use client';

import { useTranslations } from 'next-intl';
import { TextAreaField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue } from '@/lib/actions/action-state';

const loadSchema = () => import('@/lib/validation/erase-account').then((module) => module.ZEraseAccountSchema);

type Props = { action: FormAction; account: { id: string; name: string; email: string } };

/**
 * Erases a parent's personal data: the admin says why and types the account's email to confirm,
 * which cannot be done by a slip of the mouse. What stays and what goes is said before.
 */
export function EraseAccountForm({ action, account }: Props) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const { onSubmit, errorFor, messageState } = useSchemaValidation(loadSchema, state);
  const t = useTranslations('admin.erase');
  return (
    <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage state={messageState} />
      <p className="text-sm text-slate-700">{t('explanation', { name: account.name })}</p>
      <input type="hidden" name="userId" value={account.id} />
      <TextAreaField
        id={`erase-reason-${account.id}`}
        name="reason"
        label={t('reason')}
        rows={2}
        defaultValue={submittedValue(state, 'reason')}
        error={errorFor('reason')}
        hint={t('reasonHint')}
      />
      <TextField
        id={`erase-confirm-${account.id}`}
        name="confirmEmail"
        label={t('confirmEmail', { email: account.email })}
        autoComplete="off"
        defaultValue={submittedValue(state, 'confirmEmail')}
        error={errorFor('confirmEmail')}
      />
      <SubmitButton variant="danger" pendingText={t('erasing')}>
        {t('button')}
        <span className="sr-only">{t('ofName', { name: account.name })}</span>
      </SubmitButton>
    </form>
  );
}
