'use client';

import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

type Props = { action: FormAction; account?: { id: string; name: string } };

/**
 * Ends every session of an account on the server: the person's own (no `account`), or, for an
 * admin, the account named (a lost phone, a shared computer).
 */
export function SignOutEverywhereForm({ action, account }: Props) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const t = useTranslations('layout');
  return (
    <form key={formKey} ref={formRef} action={formAction} className="space-y-2">
      <FormMessage state={state} />
      {account ? <input type="hidden" name="userId" value={account.id} /> : null}
      <SubmitButton variant="secondary" pendingText={t('signingOut')}>
        {t('signOutEverywhere')}
        {account ? <span className="sr-only"> {account.name}</span> : null}
      </SubmitButton>
    </form>
  );
}
