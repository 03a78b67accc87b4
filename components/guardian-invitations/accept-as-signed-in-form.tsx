'use client';

import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

type Props = { action: FormAction; childFirstName: string };

/** A parent signed in with the invited e-mail adds the child to their account. */
export function AcceptAsSignedInForm({ action, childFirstName }: Props) {
  const t = useTranslations('invitations.acceptForm');
  const { state, formAction, formKey, formRef } = useActionForm(action);
  return (
    <form key={formKey} ref={formRef} action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <SubmitButton pendingText={t('adding')}>{t('addChild', { childFirstName })}</SubmitButton>
    </form>
  );
}
