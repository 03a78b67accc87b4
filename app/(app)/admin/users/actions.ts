'use server';

import { revalidatePath } from 'next/cache';
import type { ActionState } from '@/lib/actions/action-state';
import { defineAction } from '@/lib/actions/define-action';
import { createUser } from '@/lib/server/users/manage-users';
import { ZCreateUserSchema } from '@/lib/validation/user';

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
  const state = await action(previous, formData);
  // A refused form is sent back to the browser with what was typed; never the password.
  if (state.status === 'error') {
    const { password: _password, ...values } = state.values;
    return { ...state, values };
  }
  return state;
}
