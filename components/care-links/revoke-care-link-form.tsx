'use client';

import { ConfirmSubmitButton } from '@/components/ui/confirm-submit-button';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

type Props = { action: FormAction; patientId: string; careLinkId: string; caregiverName: string };

export function RevokeCareLinkForm({ action, patientId, careLinkId, caregiverName }: Props) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  return (
    <form key={formKey} ref={formRef} action={formAction} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="patientId" value={patientId} />
      <input type="hidden" name="careLinkId" value={careLinkId} />
      <ConfirmSubmitButton
        variant="secondary"
        title={`Stop ${caregiverName}’s link?`}
        description="The link stops working at once. Sessions already recorded through it stay."
        confirmLabel="Stop the link"
        cancelLabel="Keep it"
      >
        Revoke<span className="sr-only"> {caregiverName}’s link</span>
      </ConfirmSubmitButton>
    </form>
  );
}
