'use client';

import { ConfirmSubmitButton } from '@/components/ui/confirm-submit-button';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

/** The confirmation's words, looked up on the server (care.links.revoke). */
type Labels = {
  title: string;
  description: string;
  confirm: string;
  cancel: string;
  button: string;
  buttonDetail: string;
};

type Props = { action: FormAction; patientId: string; careLinkId: string; caregiverName: string; labels: Labels };

export function RevokeCareLinkForm({ action, patientId, careLinkId, labels }: Props) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  return (
    <form key={formKey} ref={formRef} action={formAction} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="patientId" value={patientId} />
      <input type="hidden" name="careLinkId" value={careLinkId} />
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
