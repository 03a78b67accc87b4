import 'server-only';
import pg from 'pg';
import type { AvailabilityEvent } from '@/lib/domain/database-availability';

/** The pool refused to queue one more request for a connection: the app is overloaded. */
export const DATABASE_OVERLOADED = 'DATABASE_OVERLOADED';

export class DatabaseOverloadedError extends Error {
  readonly code = DATABASE_OVERLOADED;
  constructor() {
    super('Too many requests are waiting for a database connection.');
    this.name = 'DatabaseOverloadedError';
  }
}

// Socket errors and PostgreSQL's connection_exception class (08) and shutdown codes (57P0x): the
// database cannot be reached, as opposed to a query that failed.
const CONNECTION_FAILURES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'ECONNRESET',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
]);

export function isConnectionFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = String((error as { code?: unknown }).code ?? '');
  return (
    CONNECTION_FAILURES.has(code) ||
    code.startsWith('08') ||
    // pg's own words when the server closes the socket or the connection takes too long to open.
    /Connection terminated|timeout exceeded when trying to connect/.test(error.message)
  );
}

type Connect = (callback?: (error: Error | undefined, client?: pg.PoolClient, done?: () => void) => void) => unknown;

export type DatabasePool = {
  pool: pg.Pool;
  /** How long the request that has waited longest for a connection has been waiting at `now`; 0 when none waits. */
  connectionWaitMs: (now?: number) => number;
};

/**
 * A pg pool that sheds load and reports what it sees. A request that would have to wait for a
 * connection behind `maxWaiting` others fails at once with DatabaseOverloadedError, instead of
 * queueing until connectionTimeoutMillis while the server keeps accepting more: a bounded wait
 * queue. Every attempt is reported (`onEvent`) so proxy.ts can answer 503 while the database is
 * down or the pool has just refused work, and how long requests wait is told (`connectionWaitMs`),
 * so it can refuse new ones while the database is not keeping up. Prisma's queries call `connect`
 * with a callback (through `pool.query`) and its transactions without one, so both forms are covered.
 */
export function createDatabasePool(
  config: pg.PoolConfig,
  { maxWaiting, onEvent }: { maxWaiting: number; onEvent: (event: AvailabilityEvent) => void },
): DatabasePool {
  const pool = new pg.Pool(config);
  const connect = pool.connect.bind(pool) as Connect;
  // When each waiting request began to wait; a Map iterates in insertion order, so the first is the oldest.
  const waitingSince = new Map<symbol, number>();
  const shedding: Connect = (callback) => {
    // Only a request that finds no idle connection and no room for a new one waits in the queue.
    const wouldWait = pool.idleCount === 0 && pool.totalCount >= (config.max ?? 10);
    if (wouldWait && pool.waitingCount >= maxWaiting) {
      onEvent('SHED');
      const error = new DatabaseOverloadedError();
      if (callback) return void callback(error);
      return Promise.reject(error);
    }
    const ticket = Symbol('connection wait');
    if (wouldWait) waitingSince.set(ticket, Date.now());
    const observe = (error: Error | undefined) => {
      waitingSince.delete(ticket);
      if (!error) onEvent('CONNECTED');
      else if (isConnectionFailure(error)) onEvent('CONNECTION_FAILED');
    };
    if (callback)
      return connect((error, client, done) => {
        observe(error);
        callback(error, client, done);
      });
    return (connect() as Promise<pg.PoolClient>).then(
      (client) => {
        observe(undefined);
        return client;
      },
      (error: Error) => {
        observe(error);
        throw error;
      },
    );
  };
  pool.connect = shedding as typeof pool.connect;
  // An idle connection that breaks (the server restarted) must not crash the process; the next
  // request reconnects, and reports if it cannot.
  pool.on('error', (error) => console.error('[database] An idle connection failed:', error.message));
  const connectionWaitMs = (now = Date.now()) => {
    const oldest = waitingSince.values().next();
    return oldest.done ? 0 : Math.max(0, now - oldest.value);
  };
  return { pool, connectionWaitMs };
}
