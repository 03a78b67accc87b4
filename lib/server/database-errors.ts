import 'server-only';
import type { Refusal } from '@/lib/domain/database-availability';
import { DATABASE_OVERLOADED, isConnectionFailure } from './database-pool';

/**
 * What kept a request from the database: it cannot be reached (DATABASE_DOWN), the app sheds load
 * (OVERLOADED: proxy.ts refused the request, or the pool refused to queue one more query), or the
 * record is held by another request (BUSY: lib/db.ts's lock or statement time limit ran out, or a
 * transaction's own time limit).
 */
export type DatabaseTrouble = Refusal['reason'] | 'BUSY';

// PostgreSQL's lock_not_available (lock_timeout) and query_canceled (statement_timeout), and
// Prisma's P2028 for an interactive transaction out of time: not started within its maxWait, or
// run past its timeout (a holder waiting for a busy event loop between its statements).
const BUSY_CODES = new Set(['55P03', '57014', 'P2028']);
// Prisma's codes for a server it cannot reach or that closed the connection (P1001, P1017), and
// the driver adapter's kinds under them.
const UNREACHABLE_CODES = new Set(['P1001', 'P1017']);
const UNREACHABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed']);

function troubleOf(error: Record<string, unknown>): DatabaseTrouble | null {
  const codes = [String(error.code), String(error.originalCode)];
  if (codes.includes(DATABASE_OVERLOADED)) return 'OVERLOADED';
  if (codes.some((code) => BUSY_CODES.has(code))) return 'BUSY';
  if (codes.some((code) => UNREACHABLE_CODES.has(code)) || UNREACHABLE_KINDS.has(String(error.kind)))
    return 'DATABASE_DOWN';
  if (isConnectionFailure(error)) return 'DATABASE_DOWN';
  return null;
}

/**
 * Which database trouble an error is, or null for any other error. The driver adapter nests the
 * PostgreSQL code (as `originalCode` or `code`) a few levels deep in Prisma's error, under `cause`
 * or `meta`, so those are searched.
 */
export function databaseTrouble(error: unknown, depth = 0): DatabaseTrouble | null {
  if (typeof error !== 'object' || error === null || depth > 5) return null;
  const fields = error as Record<string, unknown>;
  const { cause, meta } = fields;
  return (
    troubleOf(fields) ??
    databaseTrouble(cause, depth + 1) ??
    databaseTrouble(meta, depth + 1) ??
    databaseTrouble((meta as Record<string, unknown> | undefined)?.driverAdapterError, depth + 1)
  );
}

/** Whether an error is a time limit of lib/db.ts running out on a record another request holds. */
export function isDatabaseBusy(error: unknown): boolean {
  return databaseTrouble(error) === 'BUSY';
}
