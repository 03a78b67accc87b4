'use client';

import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

/**
 * "Sign out": a form that works before the page's script has loaded (the action redirects to the
 * sign-in page), through the same form hook as the header's "Sign out everywhere".
 */
export function SignOutForm({ action }: { action: FormAction }) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const t = useTranslations('layout');
  return (
    <form key={formKey} ref={formRef} action={formAction}>
      <FormMessage state={state} />
      <button type="submit" className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100">
        {t('signOut')}
      </button>
    </form>
  );
}
