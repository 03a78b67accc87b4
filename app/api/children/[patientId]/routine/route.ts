import { compactHomeRoutine } from '@/components/children/compact-home-routine';
import { getCurrentUser } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { auditRefusal } from '@/lib/server/audit/audit-refusal';
import { getCurrentRoutine } from '@/lib/server/children/current-routine';

const PRIVATE = { 'Cache-Control': 'no-store' };

type Context = { params: Promise<{ patientId: string }> };

/**
 * The home routine's steps for the child page's fold, fetched when it opens (the page's HTML has
 * a budget), through the reader's own scope: another family's child is not found, as on the page.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const actor = await getCurrentUser();
  if (!actor) return Response.json({ error: 'Sign in again.' }, { status: 401, headers: PRIVATE });
  try {
    const routine = await getCurrentRoutine(actor, (await params).patientId);
    return Response.json(compactHomeRoutine(routine), { headers: PRIVATE });
  } catch (error) {
    if (!isAppError(error) || (error.code !== 'NOT_FOUND' && error.code !== 'FORBIDDEN')) throw error;
    await auditRefusal(actor, error);
    return Response.json({ error: 'The child was not found.' }, { status: 404, headers: PRIVATE });
  }
}
