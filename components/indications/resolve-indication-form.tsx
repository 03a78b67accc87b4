'use client';

import { useTranslations } from 'next-intl';
import { ConfirmSubmitButton } from '@/components/ui/confirm-submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

/** Marks an indication resolved after asking; its courses stay, but no new course can use it. */
export function ResolveIndicationForm({
  action,
  indicationId,
  diagnosis,
}: {
  action: FormAction;
  indicationId: string;
  diagnosis: string;
}) {
  const t = useTranslations('indications.resolve');
  const { state, formAction, formKey, formRef } = useActionForm(action);
  return (
    <form key={formKey} ref={formRef} action={formAction} className="space-y-1">
      <input type="hidden" name="indicationId" value={indicationId} />
      <ConfirmSubmitButton
        variant="secondary"
        title={t('title', { diagnosis })}
        description={t('description')}
        confirmLabel={t('confirm')}
        cancelLabel={t('cancel')}
      >
        {t('button')}
      </ConfirmSubmitButton>
      {state.status === 'error' ? (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
