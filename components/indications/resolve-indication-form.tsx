'use client';

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
  const { state, formAction, formKey, formRef } = useActionForm(action);
  return (
    <form key={formKey} ref={formRef} action={formAction} className="space-y-1">
      <input type="hidden" name="indicationId" value={indicationId} />
      <ConfirmSubmitButton
        variant="secondary"
        title={`Mark “${diagnosis}” as resolved?`}
        description="No new course can be prescribed for it afterwards."
        confirmLabel="Mark as resolved"
        cancelLabel="Keep it open"
      >
        Resolve
      </ConfirmSubmitButton>
      {state.status === 'error' ? (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
