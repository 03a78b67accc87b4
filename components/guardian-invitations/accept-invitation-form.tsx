'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue } from '@/lib/actions/action-state';
import { MIN_PASSWORD_LENGTH } from '@/lib/validation/form-constants';

const loadSchema = () =>
  import('@/lib/validation/guardian-invitation').then((module) => module.ZAcceptInvitationSchema);

type Props = { action: FormAction; email: string; suggestedName: string };

/** The invited person makes their parent account: their name and a password, for the e-mail invited. */
export function AcceptInvitationForm({ action, email, suggestedName }: Props) {
  const t = useTranslations('invitations.acceptForm');
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const { onSubmit, errorFor, messageState } = useSchemaValidation(loadSchema, state);
  if (state.status === 'success')
    return (
      <div className="space-y-3">
        <p role="status" className="text-sm text-slate-800">
          {t('ready', { email })}
        </p>
        <Link href={state.nextHref ?? '/login'} className="font-medium text-brand-700 underline">
          {t('signIn')}
        </Link>
      </div>
    );
  return (
    <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={messageState} />
      <TextField name="email" label={t('email')} value={email} readOnly />
      <TextField
        name="name"
        label={t('name')}
        autoComplete="name"
        maxLength={120}
        defaultValue={submittedValue(state, 'name', suggestedName)}
        error={errorFor('name')}
      />
      <TextField
        name="password"
        label={t('password')}
        type="password"
        autoComplete="new-password"
        hint={t('passwordHint', { count: MIN_PASSWORD_LENGTH })}
        error={errorFor('password')}
      />
      <TextField
        name="passwordAgain"
        label={t('passwordAgain')}
        type="password"
        autoComplete="new-password"
        error={errorFor('passwordAgain')}
      />
      <SubmitButton pendingText={t('making')}>{t('submit')}</SubmitButton>
    </form>
  );
}
