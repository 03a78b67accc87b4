import { z } from 'zod';
import { translatable } from '@/lib/i18n/translatable';
import { privateError, privateJson, signedInRead } from '@/lib/pages/private-route';
import { searchGuardians } from '@/lib/server/users/search-guardians';
import { ZGuardianSearch } from '@/lib/validation/guardian-search';

/**
 * The guardian picker's search (components/patients/guardian-picker.tsx): GET ?q=part of a name
 * or email -> { matches: [{ id, name, email }] }, at most 10. A read, so a route rather than a
 * server action (actions are queued one at a time per page, and change things).
 */
export async function GET(request: Request): Promise<Response> {
  return signedInRead(async (actor) => {
    const parsed = ZGuardianSearch.safeParse({ q: new URL(request.url).searchParams.get('q') ?? '' });
    if (!parsed.success) {
      const message =
        z.flattenError(parsed.error).fieldErrors.q?.[0] ?? translatable('validation.guardianSearch.prompt');
      return privateError(message, 400);
    }
    return privateJson({ matches: await searchGuardians(actor, parsed.data.q) });
  }, 'reason');
}
