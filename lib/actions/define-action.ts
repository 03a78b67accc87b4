import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { getCurrentUser } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { getRequestTranslator, getVisitorTranslator } from '@/lib/i18n/request-translator';
import { translatable } from '@/lib/i18n/translatable';
import type { Translator } from '@/lib/i18n/translator';
import { auditRefusal } from '@/lib/server/audit/audit-refusal';
import { databaseTrouble, type DatabaseTrouble } from '@/lib/server/database-errors';
import { currentRequestId, proxyRefusal } from '@/lib/server/request-id';
import { formDataToValues, type ActionState } from './action-state';

type Values = Record<string, string | string[]>;

/** The arguments a page binds before the form's own (`action.bind(null, patientId)`), as parsed. */
type BoundArgs<Bind> = Bind extends z.ZodType<infer Args extends readonly unknown[]> ? Args : [];

type ActionDefinition<
  Schema extends z.ZodType,
  Bind extends z.ZodType<readonly unknown[]> | undefined,
  Result,
  Who extends Actor | null = Actor,
> = {
  /** The form's schema, or a function that builds it per request (when it depends on today's date). */
  schema: Schema | (() => Schema);
  /**
   * The arguments the page binds, as a tuple schema: they come back from the browser like the
   * form's fields, so they are parsed like them.
   */
  bind?: Bind;
  /** The use case. It authorizes the actor itself (see lib/auth/policy.ts); the wrapper does not. */
  run: (input: z.infer<Schema>, actor: Who, bound: BoundArgs<Bind>) => Promise<Result>;
  /**
   * Runs after a successful `run`, outside its error handling, so that Next's redirect() and
   * revalidatePath() work as designed.
   */
  onSuccess?: (result: Result, input: z.infer<Schema>, bound: BoundArgs<Bind>) => ActionState | void;
  /** Fields never sent back to the browser with a refused form (passwords). */
  secretFields?: readonly string[];
};

const NOT_SIGNED_IN = translatable('errors.action.notSignedIn');
const OUT_OF_DATE = translatable('errors.action.outOfDate');
const INVALID_FIELDS = translatable('errors.action.invalidFields');
const SAVED = translatable('errors.action.saved');
/** What a form says for each database trouble: nothing was saved, and whether trying again at once can help. */
const troubleMessage = (trouble: DatabaseTrouble) => translatable(`errors.action.trouble.${trouble}`);

type Attempt<Schema extends z.ZodType, Bind, Result> =
  | {
      ok: false;
      state: ActionState;
      /** A request the proxy refused must not reach the database, even for the account's language. */
      isDatabaseRefused?: boolean;
    }
  | { ok: true; result: Result; input: z.infer<Schema>; bound: BoundArgs<Bind> };

/**
 * The state in the reader's language: the schemas', the use cases' and the wrapper's messages are
 * catalog references (lib/i18n/translatable.ts), translated here, on their way to the form.
 */
function translateState(state: ActionState, translate: Translator): ActionState {
  if (state.status === 'idle') return state;
  if (state.status === 'success') return { ...state, message: translate(state.message) };
  return {
    ...state,
    message: translate(state.message),
    fieldErrors: Object.fromEntries(
      Object.entries(state.fieldErrors).map(([field, messages]) => [field, messages.map(translate)]),
    ),
  };
}

/**
 * The one way to write a server action: `export const xAction = defineAction({ ... })`. It reads
 * the session and the form, parses both, calls the use case, and turns what goes wrong into the
 * form's state: expected errors (AppError) become messages beside the fields, anything else is
 * logged with a reference the user can quote. Nothing it receives can make it throw, except
 * `onSuccess` on purpose (redirect).
 */
export function defineAction<
  Schema extends z.ZodType,
  Bind extends z.ZodType<readonly unknown[]> | undefined = undefined,
  Result = unknown,
>(
  definition: ActionDefinition<Schema, Bind, Result>,
): (...args: [...BoundArgs<Bind>, ActionState, FormData]) => Promise<ActionState> {
  return buildAction(async () => {
    const actor = await getCurrentUser();
    return actor ? { actor } : null;
  }, definition);
}

/**
 * An action for a page outside sign-in (a caregiver's link, /care/[token]): the same parsing and
 * error handling, with no actor; the use case checks whatever the page's address carries.
 */
export function definePublicAction<
  Schema extends z.ZodType,
  Bind extends z.ZodType<readonly unknown[]> | undefined = undefined,
  Result = unknown,
>(
  definition: ActionDefinition<Schema, Bind, Result, null>,
): (...args: [...BoundArgs<Bind>, ActionState, FormData]) => Promise<ActionState> {
  return buildAction(async () => ({ actor: null }), definition);
}

function buildAction<
  Schema extends z.ZodType,
  Bind extends z.ZodType<readonly unknown[]> | undefined,
  Result,
  Who extends Actor | null,
>(
  whoActs: () => Promise<{ actor: Who } | null>,
  definition: ActionDefinition<Schema, Bind, Result, Who>,
): (...args: [...BoundArgs<Bind>, ActionState, FormData]) => Promise<ActionState> {
  const secret = new Set(definition.secretFields ?? []);
  const error = (message: string, values: Values, fieldErrors: Record<string, string[]> = {}): ActionState => ({
    status: 'error',
    message,
    fieldErrors,
    values: Object.fromEntries(Object.entries(values).filter(([field]) => !secret.has(field))),
  });

  async function attempt(args: readonly unknown[]): Promise<Attempt<Schema, Bind, Result>> {
    let values: Values = {};
    let actor: Actor | null = null;
    try {
      values = formDataToValues(args.at(-1) as FormData);
      // proxy.ts refused this call (database down, or shedding load): say so beside the form, with
      // what was typed, without touching the database.
      const refusal = await proxyRefusal();
      if (refusal) return { ok: false, state: error(troubleMessage(refusal), values), isDatabaseRefused: true };
      const who = await whoActs();
      if (!who) return { ok: false, state: error(NOT_SIGNED_IN, values) };
      actor = who.actor;

      const bound = (definition.bind ?? z.tuple([])).safeParse(args.slice(0, -2));
      if (!bound.success) return { ok: false, state: error(OUT_OF_DATE, values) };
      const schema = typeof definition.schema === 'function' ? definition.schema() : definition.schema;
      const parsed = schema.safeParse(values);
      if (!parsed.success) {
        const { fieldErrors } = z.flattenError(parsed.error) as { fieldErrors: Record<string, string[]> };
        return { ok: false, state: error(INVALID_FIELDS, values, fieldErrors) };
      }
      const boundArgs = bound.data as BoundArgs<Bind>;
      return {
        ok: true,
        result: await definition.run(parsed.data, who.actor, boundArgs),
        input: parsed.data,
        bound: boundArgs,
      };
    } catch (caught) {
      if (isAppError(caught)) {
        // Every refusal of every action passes here, so none goes unrecorded.
        await auditRefusal(actor, caught);
        return { ok: false, state: error(caught.message, values, caught.fieldErrors) };
      }
      // Admitted, but the database failed it: unreachable, shedding, or the record held elsewhere.
      const trouble = databaseTrouble(caught);
      if (trouble) return { ok: false, state: error(troubleMessage(trouble), values) };
      // The start of the request id, which the audit rows of this request carry in full.
      const reference = ((await currentRequestId()) ?? randomUUID()).slice(0, 8);
      console.error(`[action ${reference}]`, caught);
      return {
        ok: false,
        state: error(translatable('errors.action.unexpected', { reference }), values),
      };
    }
  }

  return async function action(...args) {
    const outcome = await attempt(args);
    if (!outcome.ok) {
      const translate = await (outcome.isDatabaseRefused ? getVisitorTranslator() : getRequestTranslator());
      return translateState(outcome.state, translate);
    }
    const state = definition.onSuccess?.(outcome.result, outcome.input, outcome.bound) ?? {
      status: 'success',
      message: SAVED,
    };
    return translateState(state, await getRequestTranslator());
  };
}
