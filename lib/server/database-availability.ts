// Not 'server-only', and free of Prisma: proxy.ts imports it. proxy.ts runs in the same Node.js
// process as the pages (Next.js 16 `require`s the Node proxy into the server), but from its own
// bundle, so module state is not shared; the state lives on globalThis, which is.
import {
  AVAILABLE,
  nextAvailability,
  refusalAt,
  type AvailabilityEvent,
  type AvailabilityState,
  type Refusal,
} from '@/lib/domain/database-availability';

const KEY = Symbol.for('infant-massage-clinic.database-availability');
const QUEUE_KEY = Symbol.for('infant-massage-clinic.database-queue');
const shared = globalThis as unknown as { [KEY]?: AvailabilityState; [QUEUE_KEY]?: () => number };

/** What the database connections saw (lib/server/database-pool.ts reports every attempt). */
export function reportDatabaseEvent(event: AvailabilityEvent, now = Date.now()): void {
  shared[KEY] = nextAvailability(shared[KEY] ?? AVAILABLE, event, now);
}

/** lib/db.ts says how to read its pool's queue (queries waiting for a connection). */
export function reportQueueLength(read: () => number): void {
  shared[QUEUE_KEY] = read;
}

/** Why proxy.ts should answer this request 503 straight away, or null. */
export function databaseRefusal(now = Date.now()): Refusal | null {
  return refusalAt(shared[KEY] ?? AVAILABLE, now, shared[QUEUE_KEY]?.() ?? 0);
}
