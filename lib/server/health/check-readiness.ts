import 'server-only';
import { db } from '@/lib/db';

export type Readiness = { status: 'ok'; database: 'up' } | { status: 'unavailable'; database: 'down' };

/** Long enough for a busy but working database, short enough for a load balancer's probe. */
export const READINESS_TIMEOUT_MS = 2_000;

type Options = { ping?: () => Promise<unknown>; timeoutMs?: number };

const pingDatabase = () => db.$queryRaw`SELECT 1`;

/**
 * Whether the app can serve requests: the database answers a trivial query in time. A query that
 * is still waiting (no free connection, an unreachable host) counts as down; it is left to finish
 * or fail on its own, since a pending query cannot be cancelled from here.
 */
export async function checkReadiness({
  ping = pingDatabase,
  timeoutMs = READINESS_TIMEOUT_MS,
}: Options = {}): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([ping(), timeout]);
    return { status: 'ok', database: 'up' };
  } catch (error) {
    console.error('Readiness check: the database is down:', error instanceof Error ? error.message : error);
    return { status: 'unavailable', database: 'down' };
  } finally {
    clearTimeout(timer);
  }
}
