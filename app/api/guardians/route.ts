import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { auditRefusal } from '@/lib/server/audit/audit-refusal';
import { searchGuardians } from '@/lib/server/users/search-guardians';
import { ZGuardianSearch } from '@/lib/validation/guardian-search';
import { getRequestTranslator } from '@/lib/i18n/request-translator';

const PRIVATE = { 'Cache-Control': 'no-store' };

/**
 * The guardian picker's search (components/patients/guardian-picker.tsx): GET ?q=part of a name
 * or email -> { matches: [{ id, name, email }] }, at most 10. A read, so a route rather than a
 * server action (actions are queued one at a time per page, and change things).
 */
export async function GET(request: Request): Promise<Response> {
  const actor = await getCurrentUser();
  if (!actor) return Response.json({ error: 'Sign in again.' }, { status: 401, headers: PRIVATE });
  const parsed = ZGuardianSearch.safeParse({ q: new URL(request.url).searchParams.get('q') ?? '' });
  if (!parsed.success) {
    const translate = await getRequestTranslator();
    const message =
      z.flattenError(parsed.error, (issue) => translate(issue.message)).fieldErrors.q?.[0] ??
      'Search for a name or email.';
    return Response.json({ error: message }, { status: 400, headers: PRIVATE });
  }
  try {
    return Response.json({ matches: await searchGuardians(actor, parsed.data.q) }, { headers: PRIVATE });
  } catch (error) {
    if (!isAppError(error)) throw error;
    await auditRefusal(actor, error);
    const translate = await getRequestTranslator();
    return Response.json({ error: translate(error.message) }, { status: 403, headers: PRIVATE });
  }
}
