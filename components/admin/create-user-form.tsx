'use client';

import { useTranslations } from 'next-intl';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue } from '@/lib/actions/action-state';
import type { Role } from '@/lib/auth/policy';
import { MIN_PASSWORD_LENGTH } from '@/lib/validation/form-constants';

const loadSchema = () => import('@/lib/validation/user').then((module) => module.ZCreateUserSchema);

type Props = {
  action: FormAction;
  /** Made when the page renders (again after each account added): a double submit adds one account. */
  idempotencyKey: string;
  /**
   * The roles to offer (ROLES), passed by the page: the policy module would bring the permission
   * table and the error types into the browser's code (issue 11).
   */
  roles: readonly Role[];
};

export function CreateUserForm({ action, idempotencyKey, roles }: Props) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const { onSubmit, errorFor, messageState } = useSchemaValidation(loadSchema, state);
  const t = useTranslations('admin.create');
  const roleNames = useTranslations('common.roles');
  const roleOptions = [
    { value: '', label: t('choose') },
    ...roles.map((role) => ({ value: role, label: roleNames(role) })),
  ];
  return (
    <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={messageState} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <TextField
        name="name"
        label={t('name')}
        autoComplete="off"
        defaultValue={submittedValue(state, 'name')}
        error={errorFor('name')}
      />
      <TextField
        name="email"
        label={t('email')}
        type="email"
        autoComplete="off"
        defaultValue={submittedValue(state, 'email')}
        error={errorFor('email')}
      />
      <SelectField
        name="role"
        label={t('role')}
        options={roleOptions}
        defaultValue={submittedValue(state, 'role')}
        error={errorFor('role')}
      />
      {/* The password is never sent back after a refusal: it has to be typed again. */}
      <TextField
        name="password"
        label={t('password')}
        type="password"
        autoComplete="new-password"
        error={errorFor('password')}
        hint={t('passwordHint', { min: MIN_PASSWORD_LENGTH })}
      />
      <SubmitButton>{t('submit')}</SubmitButton>
    </form>
  );
}
