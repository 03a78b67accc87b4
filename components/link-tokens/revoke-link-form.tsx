'use client';

import { ConfirmSubmitButton } from '@/components/ui/confirm-submit-button';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

/** The confirmation's words, looked up on the server by the card that lists the links. */
export type RevokeLinkLabels = {
  title: string;
  description: string;
  confirm: string;
  cancel: string;
  button: string;
  /** Read after the button's words by a screen reader: whose link it stops. */
  buttonDetail: string;
};

type Props = {
  action: FormAction;
  /** What says which link to stop (its id, and the child's for the page to refresh), as hidden fields. */
  fields: Record<string, string>;
  labels: RevokeLinkLabels;
};

/**
 * Stops one private link (a carer's link, a calendar address, a guardian's invitation) after a
 * confirmation: every kind of link is revoked the same way, at once.
 */
export function RevokeLinkForm({ action, fields, labels }: Props) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  return (
    <form key={formKey} ref={formRef} action={formAction} className="space-y-2">
      <FormMessage state={state} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
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
