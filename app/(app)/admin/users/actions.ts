'use server';

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

export const createUserAction = defineAction({
  schema: ZCreateUserServerSchema,
  secretFields: PASSWORD,
  run: (input, actor) => createUser(actor, input),
  onSuccess: (_created, input) => {
    revalidatePath('/admin/users');
    return { status: 'success', message: `Account added for ${input.name} (${input.email}).` };
  },
});

export const resetPasswordAction = defineAction({
  schema: ZResetPasswordServerSchema,
  secretFields: PASSWORD,
  run: (input, actor) => resetPassword(actor, input),
  onSuccess: ({ name }) => ({
    status: 'success',
    message: `New password set for ${name}. Give it to them in a safe way.`,
  }),
});

/** One action for both directions, so the row's form keeps its answer when its button flips. */
export const setAccountStatusAction = defineAction({
  schema: ZAccountStatusSchema,
  run: async (input, actor) => ({
    status: input.status,
    ...(input.status === 'DEACTIVATED'
      ? await deactivateUser(actor, input.userId)
      : await reactivateUser(actor, input.userId)),
  }),
  onSuccess: ({ status, name }) => {
    revalidatePath('/admin/users');
    return {
      status: 'success',
      message: status === 'DEACTIVATED' ? `${name} can no longer sign in.` : `${name} can sign in again.`,
    };
  },
});

/** An admin ends every session of one account (a lost phone, a shared computer). */
export const signOutAccountEverywhereAction = defineAction({
  schema: ZSignOutEverywhereSchema,
  run: (input, actor) => signOutEverywhere(actor, input.userId),
  onSuccess: ({ name, count }) => ({
    status: 'success',
    message: `${name} is signed out everywhere (${count === 1 ? 'one session' : `${count} sessions`} ended).`,
  }),
});

/** An admin erases a parent's personal data on request; the children's records stay. */
export const eraseParentDataAction = defineAction({
  schema: ZEraseAccountSchema,
  run: (input, actor) => eraseParentData(actor, input),
  onSuccess: ({ erasedEmail }) => {
    revalidatePath('/admin/users');
    return {
      status: 'success',
      message: `The personal data of ${erasedEmail} was erased; the account is closed and the children’s records stay.`,
    };
  },
});
