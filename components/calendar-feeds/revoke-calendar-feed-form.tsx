'use client';

import { ConfirmSubmitButton } from '@/components/ui/confirm-submit-button';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

type Props = { action: FormAction; feedId: string; patientId?: string };

export function RevokeCalendarFeedForm({ action, feedId, patientId }: Props) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  return (
    <form key={formKey} ref={formRef} action={formAction} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="feedId" value={feedId} />
      {patientId ? <input type="hidden" name="patientId" value={patientId} /> : null}
      <ConfirmSubmitButton
        variant="secondary"
        title="Stop the calendar link?"
        description="Calendars subscribed with it stop updating at once. You can make a new link later."
        confirmLabel="Stop the link"
        cancelLabel="Keep it"
      >
        Revoke<span className="sr-only"> the calendar link</span>
      </ConfirmSubmitButton>
    </form>
  );
}
