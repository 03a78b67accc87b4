'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { translatable } from '@/lib/i18n/translatable';
import { signOutEverywhere } from '@/lib/server/users/auth-sessions';
import { eraseParentData } from '@/lib/server/users/erase-parent-data';
import { ZEraseAccountSchema } from '@/lib/validation/erase-account';
import { createUser, deactivateUser, reactivateUser, resetPassword } from '@/lib/server/users/manage-users';
import { ZCreateUserServerSchema, ZResetPasswordServerSchema } from '@/lib/validation/new-password-server';
import { ZAccountStatusSchema, ZSignOutEverywhereSchema } from '@/lib/validation/user';

// A refused form is sent back to the browser with what was typed; never the password.
const PASSWORD = ['password'];

export const createUserAction = defineAction({
  schema: ZCreateUserServerSchema,
  secretFields: PASSWORD,
  run: (input, actor) => createUser(actor, input),
  onSuccess: (_result, input) => {
    revalidatePath('/admin/users');
    return {
      status: 'success',
      message: translatable('admin.done.accountAdded', { name: input.name, email: input.email }),
    };
  },
});

export const resetPasswordAction = defineAction({
  schema: ZResetPasswordServerSchema,
  secretFields: PASSWORD,
  run: (input, actor) => resetPassword(actor, input),
  onSuccess: ({ name }) => ({ status: 'success', message: translatable('admin.done.passwordSet', { name }) }),
});

/** One action for both directions, so the row's form keeps its answer when its button flips. */
export const setAccountStatusAction = defineAction({
  schema: ZAccountStatusSchema,
  run: (input, actor) =>
    input.status === 'DEACTIVATED' ? deactivateUser(actor, input.userId) : reactivateUser(actor, input.userId),
  onSuccess: ({ name }, { status }) => {
    revalidatePath('/admin/users');
    return {
      status: 'success',
      message:
        status === 'DEACTIVATED'
          ? translatable('admin.done.deactivated', { name })
          : translatable('admin.done.reactivated', { name }),
    };
  },
});

/** An admin ends every session of one account (a lost phone, a shared computer). */
export const signOutAccountEverywhereAction = defineAction({
  schema: ZSignOutEverywhereSchema,
  run: (input, actor) => signOutEverywhere(actor, input.userId),
  onSuccess: ({ name, count }) => ({
    status: 'success',
    message: translatable('admin.done.signedOut', { name, count }),
  }),
});

/** An admin erases a parent's personal data on request; the children's records stay. */
export const eraseParentDataAction = defineAction({
  schema: ZEraseAccountSchema,
  run: (input, actor) => eraseParentData(actor, input),
  onSuccess: ({ erasedEmail }) => {
    revalidatePath('/admin/users');
    return { status: 'success', message: translatable('admin.done.erased', { email: erasedEmail }) };
  },
});
