import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { can, type Permission } from '@/lib/auth/policy';
import { getCurrentUser } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { formDataToValues, type ActionState } from './action-state';

type ActionDefinition<Schema extends z.ZodType, Result> = {
  permission: Permission;
  schema: Schema;
  run: (input: z.infer<Schema>, actor: Actor) => Promise<Result>;
  /**
   * Runs after a successful `run`, outside its error handling, so that Next's redirect() and
   * revalidatePath() work as designed.
   */
  onSuccess?: (result: Result, input: z.infer<Schema>) => ActionState | void;
};

/**
 * The one way to write a server action: session, permission and zod validation first, then the
 * use case; expected errors become messages beside the fields, unexpected ones are logged with a
 * reference the user can quote.
 */
export function defineAction<Schema extends z.ZodType, Result>(definition: ActionDefinition<Schema, Result>) {
  return async function action(_previous: ActionState, formData: FormData): Promise<ActionState> {
    const values = formDataToValues(formData);
    const actor = await getCurrentUser();
    if (!actor || !can(actor.role, definition.permission)) {
      return { status: 'error', message: 'You are not allowed to do this. Sign in again with the right account.', fieldErrors: {}, values };
    }

    const parsed = definition.schema.safeParse(values);
    if (!parsed.success) {
      return {
        status: 'error',
        message: 'Please correct the highlighted fields.',
        fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
        values,
      };
    }

    let result: Result;
    try {
      result = await definition.run(parsed.data, actor);
    } catch (error) {
      if (isAppError(error)) return { status: 'error', message: error.message, fieldErrors: error.fieldErrors, values };
      const reference = randomUUID().slice(0, 8);
      console.error(`[action ${reference}]`, error);
      return { status: 'error', message: `Something went wrong and nothing was saved (reference ${reference}).`, fieldErrors: {}, values };
    }
    return definition.onSuccess?.(result, parsed.data) ?? { status: 'success', message: 'Saved.' };
  };
}
