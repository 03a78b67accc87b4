import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { env } from '@/lib/env';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { reportConnectionWait, reportDatabaseEvent } from '@/lib/server/database-availability';
import { createDatabasePool } from '@/lib/server/database-pool';

/**
 * Queries that may wait for a connection once all are in use; more fail at once (the hard limit,
 * lib/server/database-pool.ts). proxy.ts admits at most AVAILABILITY_POLICY.maxInFlight requests
 * at a time, each with a bounded number of queries (a course page sends about 20), so this is a
 * backstop that admitted requests should not reach (with 100, 44 concurrent page loads on the
 * embedded database, then on a single connection, failed some admitted pages with a 500).
 */
const MAX_WAITING = 1_000;

function createClient(): PrismaClient {
  const { pool, connectionWaitMs } = createDatabasePool(
    {
      connectionString: env.DATABASE_URL,
      max: env.DATABASE_POOL_SIZE,
      // A held lock or a slow query fails its own request fast ("The record is busy", see
      // lib/server/database-errors.ts) instead of parking the pool for every other page.
      connectionTimeoutMillis: 5_000,
      lock_timeout: 5_000,
      statement_timeout: 15_000,
      // Idle connections do not keep a script alive for their 10 s idle timeout (the server's
      // listener keeps it alive anyway): each end-to-end test's arrange step lost 10 s to it.
      allowExitOnIdle: true,
    },
    { maxWaiting: MAX_WAITING, onEvent: (event) => reportDatabaseEvent(event) },
  );
  reportConnectionWait(connectionWaitMs);
  return new PrismaClient({ adapter: new PrismaPg(pool) });
}

// One client, so one pool, per process. Next's production build copies this module into several
// server chunks (five in one build), each evaluated on its own, and its dev server re-evaluates
// it on every change; module state is per copy, globalThis is not.
const KEY = Symbol.for('infant-massage-clinic.prisma');
const holder = globalThis as unknown as { [KEY]?: PrismaClient };

export const db = (holder[KEY] ??= createClient());

export type Db = PrismaClient;
