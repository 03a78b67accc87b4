'use client';

import Link from 'next/link';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue } from '@/lib/actions/action-state';
import { ZAcceptInvitationSchema } from '@/lib/validation/guardian-invitation';
import { MIN_PASSWORD_LENGTH } from '@/lib/validation/user';

type Props = { action: FormAction; email: string; suggestedName: string };

/** The invited person makes their parent account: their name and a password, for the e-mail invited. */
export function AcceptInvitationForm({ action, email, suggestedName }: Props) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const { onSubmit, errorFor, messageState } = useSchemaValidation(ZAcceptInvitationSchema, state);
  if (state.status === 'success')
    return (
      <div className="space-y-3">
        <p role="status" className="text-sm text-slate-800">
          {state.message}
        </p>
        <Link href={state.nextHref ?? '/login'} className="font-medium text-brand-700 underline">
          Sign in
        </Link>
      </div>
    );
  return (
    <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={messageState} />
      <TextField name="email" label="E-mail (you sign in with it)" value={email} readOnly />
      <TextField
        name="name"
        label="Your name"
        autoComplete="name"
        maxLength={120}
        defaultValue={submittedValue(state, 'name', suggestedName)}
        error={errorFor('name')}
      />
      <TextField
        name="password"
        label="Choose a password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters; a few unrelated words work well.`}
        error={errorFor('password')}
      />
      <TextField
        name="passwordAgain"
        label="The password again"
        type="password"
        autoComplete="new-password"
        error={errorFor('passwordAgain')}
      />
      <SubmitButton pendingText="Making your account…">Make my account</SubmitButton>
    </form>
  );
}
