import 'server-only';
import { headers } from 'next/headers';
import { REQUEST_ID_HEADER } from '@/lib/request-id';

/**
 * Next's answer to `headers()` outside a request (its message links to the
 * "next-dynamic-api-wrong-context" page). Matched by text because Next exports no check for it
 * outside its router modules, which scripts cannot load; should the text change, every script and
 * integration test that writes an audit row fails at once, so the change cannot go unnoticed.
 */
function isOutsideRequest(error: unknown): boolean {
  return error instanceof Error && error.message.includes('next-dynamic-api-wrong-context');
}

/** This request's id (see lib/request-id.ts), or null outside a request (a script, a test). */
export async function currentRequestId(): Promise<string | null> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER);
  } catch (error) {
    // Anything else, Next's own signals (a page being prerendered) included, must go on.
    if (isOutsideRequest(error)) return null;
    throw error;
  }
}
