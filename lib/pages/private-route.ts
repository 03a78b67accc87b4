import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getCurrentUser } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { getRequestTranslator } from '@/lib/i18n/request-translator';
import { translatable, type MessageKey } from '@/lib/i18n/translatable';
import { auditRefusal } from '@/lib/server/audit/audit-refusal';

/** The answers of routes that read someone's record: never kept by a browser or a proxy. */
export const PRIVATE = { 'Cache-Control': 'no-store' } as const;

export function privateJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: PRIVATE });
}

/** A refusal's body, `{ error }`, in the request's language (`message`: text or a catalog reference). */
export async function privateError(message: string, status: number): Promise<Response> {
  const translate = await getRequestTranslator();
  return privateJson({ error: translate(message) }, status);
}

/**
 * What a refused read answers: `{ notFound }`, a 404 as if the record did not exist (a child out of
 * the reader's reach must not be told apart from no child); `'reason'`, a 403 with the refusal's
 * reason (a picker whose reader may not use it).
 */
type Refusal = { notFound: MessageKey } | 'reason';

/**
 * Runs a route's read for the signed-in user: 401 when nobody is signed in; a refusal is audited
 * (as defineAction does for actions) and answered as `refusal` says; any other failure is thrown.
 */
export async function signedInRead(read: (actor: Actor) => Promise<Response>, refusal: Refusal): Promise<Response> {
  const actor = await getCurrentUser();
  if (!actor) return privateError(translatable('errors.route.signInAgain'), 401);
  try {
    return await read(actor);
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (refusal === 'reason') {
      await auditRefusal(actor, error);
      return privateError(error.message, 403);
    }
    if (error.code !== 'NOT_FOUND' && error.code !== 'FORBIDDEN') throw error;
    await auditRefusal(actor, error);
    return privateError(translatable(refusal.notFound), 404);
  }
}
