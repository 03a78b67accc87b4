import 'server-only';
import { db } from '@/lib/db';

/** Often enough that a stopped database opens the breaker, and a restarted one closes it, within seconds. */
const PROBE_INTERVAL_MS = 2_000;

/**
 * A trivial query every few seconds, so that the pool reports the database's state (see
 * lib/server/database-pool.ts) even while no request comes in: while proxy.ts answers 503 no
 * request reaches the database, and this is what notices it is back. Started once per server
 * process (instrumentation.ts); the timer does not keep the process alive.
 */
export function startDatabaseProbe(): void {
  const probe = () => {
    db.$queryRaw`SELECT 1`.then(
      () => {},
      // The pool has already reported the failure; the breaker decides what it means.
      () => {},
    );
  };
  probe();
  setInterval(probe, PROBE_INTERVAL_MS).unref();
}
