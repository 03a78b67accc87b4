'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { signOutEverywhere } from '@/lib/server/users/auth-sessions';
import { eraseParentData } from '@/lib/server/users/erase-parent-data';
import { ZEraseAccountSchema } from '@/lib/validation/erase-account';
import { createUser, deactivateUser, reactivateUser, resetPassword } from '@/lib/server/users/manage-users';
import { ZCreateUserServerSchema, ZResetPasswordServerSchema } from '@/lib/validation/new-password-server';
import { ZAccountStatusSchema, ZSignOutEverywhereSchema } from '@/lib/validation/user';

// A refused form is sent back to the browser with what was typed; never the password.
const PASSWORD = ['password'];

/**
 * The success message is in the request's language, and onSuccess is synchronous: each run
 * fetches the words once its work succeeded, and hands both on.
 */
async function withWords<Result>(work: Promise<Result>) {
  const result = await work;
  return { result, t: await getTranslations('admin.done') };
}

export const createUserAction = defineAction({
  schema: ZCreateUserServerSchema,
  secretFields: PASSWORD,
  run: (input, actor) => withWords(createUser(actor, input)),
  onSuccess: ({ t }, input) => {
    revalidatePath('/admin/users');
    return { status: 'success', message: t('accountAdded', { name: input.name, email: input.email }) };
  },
});

export const resetPasswordAction = defineAction({
  schema: ZResetPasswordServerSchema,
  secretFields: PASSWORD,
  run: (input, actor) => withWords(resetPassword(actor, input)),
  onSuccess: ({ result: { name }, t }) => ({ status: 'success', message: t('passwordSet', { name }) }),
});

/** One action for both directions, so the row's form keeps its answer when its button flips. */
export const setAccountStatusAction = defineAction({
  schema: ZAccountStatusSchema,
  run: (input, actor) =>
    withWords(
      input.status === 'DEACTIVATED' ? deactivateUser(actor, input.userId) : reactivateUser(actor, input.userId),
    ),
  onSuccess: ({ result: { name }, t }, { status }) => {
    revalidatePath('/admin/users');
    return {
      status: 'success',
      message: status === 'DEACTIVATED' ? t('deactivated', { name }) : t('reactivated', { name }),
    };
  },
});

/** An admin ends every session of one account (a lost phone, a shared computer). */
export const signOutAccountEverywhereAction = defineAction({
  schema: ZSignOutEverywhereSchema,
  run: (input, actor) => withWords(signOutEverywhere(actor, input.userId)),
  onSuccess: ({ result: { name, count }, t }) => ({ status: 'success', message: t('signedOut', { name, count }) }),
});

/** An admin erases a parent's personal data on request; the children's records stay. */
export const eraseParentDataAction = defineAction({
  schema: ZEraseAccountSchema,
  run: (input, actor) => withWords(eraseParentData(actor, input)),
  onSuccess: ({ result: { erasedEmail }, t }) => {
    revalidatePath('/admin/users');
    return { status: 'success', message: t('erased', { email: erasedEmail }) };
  },
});
