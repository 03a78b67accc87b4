'use client';

import { useTranslations } from 'next-intl';
import { ConfirmSubmitButton } from '@/components/ui/confirm-submit-button';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

type Props = { action: FormAction; userId: string; userName: string; isDeactivated: boolean };

/** Deactivates an account after asking, or reactivates it; the answer stays when the button flips. */
export function AccountStatusForm({ action, userId, userName, isDeactivated }: Props) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const t = useTranslations('admin.status');
  return (
    <form key={formKey} ref={formRef} action={formAction} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="status" value={isDeactivated ? 'ACTIVE' : 'DEACTIVATED'} />
      {isDeactivated ? (
        <SubmitButton variant="secondary" pendingText={t('working')}>
          {t('reactivate')}
          <span className="sr-only"> {userName}</span>
        </SubmitButton>
      ) : (
        <ConfirmSubmitButton
          variant="secondary"
          title={t('confirmTitle', { name: userName })}
          description={t('confirmDescription')}
          confirmLabel={t('confirmLabel')}
          cancelLabel={t('cancelLabel')}
        >
          {t('deactivate')}
          <span className="sr-only"> {userName}</span>
        </ConfirmSubmitButton>
      )}
    </form>
  );
}
