import 'server-only';
import { DATABASE_OVERLOADED } from './database-pool';

/**
 * PostgreSQL's lock_not_available (lock_timeout) and query_canceled (statement_timeout), and the
 * pool's refusal to queue one more request (lib/server/database-pool.ts).
 */
const BUSY_CODES = new Set(['55P03', '57014', DATABASE_OVERLOADED]);

export const DATABASE_BUSY_MESSAGE = 'The record is busy; try again.';

/**
 * Whether an error is a time limit of lib/db.ts running out, or the pool shedding load. The driver adapter nests the
 * PostgreSQL code (as `originalCode` or `code`) a few levels deep in Prisma's error, under
 * `cause` or `meta`, so those are searched.
 */
export function isDatabaseBusy(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const { code, originalCode, cause, meta } = error as Record<string, unknown>;
  if (BUSY_CODES.has(String(originalCode)) || BUSY_CODES.has(String(code))) return true;
  return (
    isDatabaseBusy(cause, depth + 1) ||
    isDatabaseBusy(meta, depth + 1) ||
    isDatabaseBusy((meta as Record<string, unknown> | undefined)?.driverAdapterError, depth + 1)
  );
}
