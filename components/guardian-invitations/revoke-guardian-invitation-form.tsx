'use client';

import { ConfirmSubmitButton } from '@/components/ui/confirm-submit-button';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

type Props = { action: FormAction; patientId: string; invitationId: string; name: string };

export function RevokeGuardianInvitationForm({ action, patientId, invitationId, name }: Props) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  return (
    <form key={formKey} ref={formRef} action={formAction} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="patientId" value={patientId} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <ConfirmSubmitButton
        variant="secondary"
        title={`Stop ${name}’s invitation?`}
        description="The invitation link stops working at once. You can make a new one later."
        confirmLabel="Stop the invitation"
        cancelLabel="Keep it"
      >
        Revoke<span className="sr-only"> {name}’s invitation</span>
      </ConfirmSubmitButton>
    </form>
  );
}
