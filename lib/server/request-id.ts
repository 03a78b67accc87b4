import 'server-only';
import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { REQUEST_ID_HEADER } from '@/lib/request-id';

/** This request's id (see lib/request-id.ts), or null outside a request (a script, a test). */
export async function currentRequestId(): Promise<string | null> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER);
  } catch (error) {
    // Next's own signals (a page being prerendered) must go on; "outside a request scope" ends here.
    unstable_rethrow(error);
    return null;
  }
}
