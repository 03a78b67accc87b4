'use client';

import { TextAreaField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue } from '@/lib/actions/action-state';
import { ZEraseAccountSchema } from '@/lib/validation/erase-account';

type Props = { action: FormAction; account: { id: string; name: string; email: string } };

/**
 * Erases a parent's personal data: the admin says why and types the account's email to confirm,
 * which cannot be done by a slip of the mouse. What stays and what goes is said before.
 */
export function EraseAccountForm({ action, account }: Props) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const { onSubmit, errorFor, messageState } = useSchemaValidation(ZEraseAccountSchema, state);
  return (
    <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage state={messageState} />
      <p className="text-sm text-slate-700">
        {account.name}’s name and email are replaced, their password and sessions end, they are no longer anyone’s
        guardian and the caregiver links they gave stop working. Their children’s records stay as they are. This cannot
        be undone.
      </p>
      <input type="hidden" name="userId" value={account.id} />
      <TextAreaField
        id={`erase-reason-${account.id}`}
        name="reason"
        label="Reason"
        rows={2}
        defaultValue={submittedValue(state, 'reason')}
        error={errorFor('reason')}
        hint="Kept with the decision, e.g. “The parent asked for their data to be erased (letter of 2 Dec)”. No health details."
      />
      <TextField
        id={`erase-confirm-${account.id}`}
        name="confirmEmail"
        label={`Type ${account.email} to confirm`}
        autoComplete="off"
        defaultValue={submittedValue(state, 'confirmEmail')}
        error={errorFor('confirmEmail')}
      />
      <SubmitButton variant="danger" pendingText="Erasing…">
        Erase personal data<span className="sr-only"> of {account.name}</span>
      </SubmitButton>
    </form>
  );
}
