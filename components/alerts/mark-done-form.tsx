'use client';

import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

/** "Mark done" for one alert; the button names the alert for screen readers, as several share a page. */
export function MarkDoneForm({ action, alertId, label }: { action: FormAction; alertId: string; label: string }) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const t = useTranslations('alerts');
  return (
    <form key={formKey} ref={formRef} action={formAction} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="alertId" value={alertId} />
      <SubmitButton variant="secondary" pendingText={t('marking')}>
        {t('markDone')}
        <span className="sr-only">: {label}</span>
      </SubmitButton>
    </form>
  );
}
