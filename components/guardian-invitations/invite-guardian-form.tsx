'use client';

import { CopyableLink } from '@/components/ui/copyable-link';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { submittedValue } from '@/lib/actions/action-state';

/** The form's words in the interface's language, looked up on the server (invitations.card.form). */
type Labels = { link: string; name: string; email: string; emailHint: string; pending: string; submit: string };

type Props = { action: FormAction; patientId: string; labels: Labels };

/** Invites another guardian by e-mail and shows the invitation's link this once, to pass on. */
export function InviteGuardianForm({ action, patientId, labels }: Props) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const link = state.status === 'success' && state.shownOnce ? `${window.location.origin}${state.shownOnce}` : null;
  return (
    <form key={formKey} ref={formRef} action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      {link ? <CopyableLink name="invitationLink" label={labels.link} link={link} /> : null}
      <input type="hidden" name="patientId" value={patientId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="name"
          label={labels.name}
          autoComplete="off"
          maxLength={120}
          defaultValue={submittedValue(state, 'name')}
          error={errors.name?.[0]}
        />
        <TextField
          name="email"
          label={labels.email}
          type="email"
          autoComplete="off"
          maxLength={254}
          hint={labels.emailHint}
          defaultValue={submittedValue(state, 'email')}
          error={errors.email?.[0]}
        />
      </div>
      <SubmitButton pendingText={labels.pending}>{labels.submit}</SubmitButton>
    </form>
  );
}
