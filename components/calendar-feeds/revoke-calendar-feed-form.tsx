'use client';

import { ConfirmSubmitButton } from '@/components/ui/confirm-submit-button';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

/** The confirmation's words, looked up on the server (calendar.subscription.revoke). */
type Labels = {
  title: string;
  description: string;
  confirm: string;
  cancel: string;
  button: string;
  buttonDetail: string;
};

type Props = { action: FormAction; feedId: string; patientId?: string; labels: Labels };

export function RevokeCalendarFeedForm({ action, feedId, patientId, labels }: Props) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  return (
    <form key={formKey} ref={formRef} action={formAction} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="feedId" value={feedId} />
      {patientId ? <input type="hidden" name="patientId" value={patientId} /> : null}
      <ConfirmSubmitButton
        variant="secondary"
        title={labels.title}
        description={labels.description}
        confirmLabel={labels.confirm}
        cancelLabel={labels.cancel}
      >
        {labels.button}
        <span className="sr-only"> {labels.buttonDetail}</span>
      </ConfirmSubmitButton>
    </form>
  );
}
