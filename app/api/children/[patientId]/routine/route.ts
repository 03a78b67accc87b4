import { compactHomeRoutine } from '@/components/children/compact-home-routine';
import { getRequestTranslator } from '@/lib/i18n/request-translator';
import { privateJson, signedInRead } from '@/lib/pages/private-route';
import { getCurrentRoutine } from '@/lib/server/children/current-routine';

type Context = { params: Promise<{ patientId: string }> };

/**
 * The home routine's steps for the child page's fold, fetched when it opens (the page's HTML has
 * a budget), through the reader's own scope: another family's child is not found, as on the page.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { patientId } = await params;
  return signedInRead(
    async (actor) => {
      const [routine, translate] = await Promise.all([getCurrentRoutine(actor, patientId), getRequestTranslator()]);
      return privateJson(compactHomeRoutine(routine, translate));
    },
    { notFound: 'errors.route.childNotFound' },
  );
}
