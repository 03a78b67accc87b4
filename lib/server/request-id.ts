import 'server-only';
import { headers } from 'next/headers';
import type { Refusal } from '@/lib/domain/database-availability';
import { REQUEST_ID_HEADER } from '@/lib/request-id';
import { REFUSAL_HEADER } from '@/lib/server/database-availability';

/**
 * Next's answer to `headers()` outside a request (its message links to the
 * "next-dynamic-api-wrong-context" page). Matched by text because Next exports no check for it
 * outside its router modules, which scripts cannot load; should the text change, every script and
 * integration test that writes an audit row fails at once, so the change cannot go unnoticed.
 */
function isOutsideRequest(error: unknown): boolean {
  return error instanceof Error && error.message.includes('next-dynamic-api-wrong-context');
}

/** A header that proxy.ts set on this request, or null outside a request (a script, a test). */
async function proxyHeader(name: string): Promise<string | null> {
  try {
    return (await headers()).get(name);
  } catch (error) {
    // Anything else, Next's own signals (a page being prerendered) included, must go on.
    if (isOutsideRequest(error)) return null;
    throw error;
  }
}

/** This request's id (see lib/request-id.ts), or null outside a request (a script, a test). */
export async function currentRequestId(): Promise<string | null> {
  return proxyHeader(REQUEST_ID_HEADER);
}

const REFUSAL_REASONS: readonly string[] = ['DATABASE_DOWN', 'OVERLOADED'] satisfies Refusal['reason'][];

/** Why proxy.ts refused this server action (lib/server/database-availability.ts), or null if it did not. */
export async function proxyRefusal(): Promise<Refusal['reason'] | null> {
  const reason = await proxyHeader(REFUSAL_HEADER);
  return reason !== null && REFUSAL_REASONS.includes(reason) ? (reason as Refusal['reason']) : null;
}
