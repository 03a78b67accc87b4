'use server';

import { revalidatePath } from 'next/cache';
import type { ActionState } from '@/lib/actions/action-state';
import { defineAction } from '@/lib/actions/define-action';
import { createUser, deactivateUser, reactivateUser, resetPassword } from '@/lib/server/users/manage-users';
import { ZAccountStatusSchema, ZCreateUserSchema, ZResetPasswordSchema } from '@/lib/validation/user';

/** A refused form is sent back to the browser with what was typed; never the password. */
function withoutPassword(state: ActionState): ActionState {
  if (state.status !== 'error') return state;
  const { password: _password, ...values } = state.values;
  return { ...state, values };
}

export async function createUserAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  const action = defineAction({
    permission: 'MANAGE_USERS',
    schema: ZCreateUserSchema,
    run: (input, actor) => createUser(actor, input),
    onSuccess: (_created, input) => {
      revalidatePath('/admin/users');
      return { status: 'success', message: `Account added for ${input.name} (${input.email}).` };
    },
  });
  return withoutPassword(await action(previous, formData));
}

export async function resetPasswordAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  const action = defineAction({
    permission: 'MANAGE_USERS',
    schema: ZResetPasswordSchema,
    run: (input, actor) => resetPassword(actor, input),
    onSuccess: ({ name }) => ({ status: 'success', message: `New password set for ${name}. Give it to them in a safe way.` }),
  });
  return withoutPassword(await action(previous, formData));
}

/** One action for both directions, so the row's form keeps its answer when its button flips. */
export async function setAccountStatusAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  const action = defineAction({
    permission: 'MANAGE_USERS',
    schema: ZAccountStatusSchema,
    run: async (input, actor) => ({
      status: input.status,
      ...(input.status === 'DEACTIVATED' ? await deactivateUser(actor, input.userId) : await reactivateUser(actor, input.userId)),
    }),
    onSuccess: ({ status, name }) => {
      revalidatePath('/admin/users');
      return { status: 'success', message: status === 'DEACTIVATED' ? `${name} can no longer sign in.` : `${name} can sign in again.` };
    },
  });
  return action(previous, formData);
}
