import { compactHomeRoutine } from '@/components/children/compact-home-routine';
import { getRequestTranslator } from '@/lib/i18n/request-translator';
import { translatable } from '@/lib/i18n/translatable';
import { privateError, privateJson } from '@/lib/pages/private-route';
import { findCurrentRoutine } from '@/lib/server/children/current-routine';
import { openCareLink } from '@/lib/server/care-links/open-care-link';
import { requestAddress } from '@/lib/server/link-tokens/request-address';

type Context = { params: Promise<{ token: string }> };

/**
 * The routine's steps for the carer's page, fetched when its fold opens: a use of the link like
 * any other (throttled, recorded, refused once revoked or expired).
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const opening = await openCareLink((await params).token, await requestAddress());
  if (opening.status === 'THROTTLED') return privateError(translatable('errors.route.careLinkThrottled'), 429);
  if (opening.status === 'REFUSED') return privateError(translatable('errors.route.careLinkRefused'), 404);
  const [routine, translate] = await Promise.all([
    findCurrentRoutine({ patientId: opening.link.patientId }),
    getRequestTranslator(),
  ]);
  return privateJson(compactHomeRoutine(routine, translate));
}
