import { compactHomeRoutine } from '@/components/children/compact-home-routine';
import { findCurrentRoutine } from '@/lib/server/children/current-routine';
import { openCareLink } from '@/lib/server/care-links/open-care-link';
import { requestAddress } from '@/lib/server/link-tokens/request-address';

const PRIVATE = { 'Cache-Control': 'no-store' };

type Context = { params: Promise<{ token: string }> };

/**
 * The routine's steps for the carer's page, fetched when its fold opens: a use of the link like
 * any other (throttled, recorded, refused once revoked or expired).
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const opening = await openCareLink((await params).token, await requestAddress());
  if (opening.status === 'THROTTLED')
    return Response.json({ error: 'Too many tries: wait a few minutes.' }, { status: 429, headers: PRIVATE });
  if (opening.status === 'REFUSED')
    return Response.json({ error: 'This link no longer works.' }, { status: 404, headers: PRIVATE });
  const routine = await findCurrentRoutine({ patientId: opening.link.patientId });
  return Response.json(compactHomeRoutine(routine), { headers: PRIVATE });
}
