// Not 'server-only', and free of Prisma: proxy.ts imports it. proxy.ts runs in the same Node.js
// process as the pages (Next.js 16 `require`s the Node proxy into the server), but from its own
// bundle, so module state is not shared; the state lives on globalThis, which is.
import { performance } from 'node:perf_hooks';
import {
  AVAILABLE,
  nextAvailability,
  refusalAt,
  type AvailabilityEvent,
  type AvailabilityState,
  type Refusal,
} from '@/lib/domain/database-availability';

type Shared = {
  state: AvailabilityState;
  /** Queries waiting for a connection, as lib/db.ts's pool counts them. */
  queueLength: () => number;
  eventLoopUtilization: number;
  /** Requests proxy.ts asked about in this second and the one before (see countArrival). */
  arrivals: { second: number; count: number; previousCount: number };
};

const KEY = Symbol.for('infant-massage-clinic.availability');
const holder = globalThis as unknown as { [KEY]?: Shared };
const shared = (holder[KEY] ??= {
  state: AVAILABLE,
  queueLength: () => 0,
  eventLoopUtilization: 0,
  arrivals: { second: 0, count: 0, previousCount: 0 },
});

/** Counts this request; returns how many arrived within about the last second. */
function countArrival(now: number): number {
  const second = Math.floor(now / 1_000);
  const { arrivals } = shared;
  if (second !== arrivals.second) {
    arrivals.previousCount = second === arrivals.second + 1 ? arrivals.count : 0;
    arrivals.second = second;
    arrivals.count = 0;
  }
  arrivals.count += 1;
  return Math.max(arrivals.count, arrivals.previousCount);
}

/** What the database connections saw (lib/server/database-pool.ts reports every attempt). */
export function reportDatabaseEvent(event: AvailabilityEvent, now = Date.now()): void {
  shared.state = nextAvailability(shared.state, event, now);
}

/** lib/db.ts says how to read its pool's queue. */
export function reportQueueLength(read: () => number): void {
  shared.queueLength = read;
}

/** How busy the event loop was over each last second (started by instrumentation.ts). */
export function startEventLoopMonitor(): void {
  let previous = performance.eventLoopUtilization();
  setInterval(() => {
    const current = performance.eventLoopUtilization();
    shared.eventLoopUtilization = performance.eventLoopUtilization(current, previous).utilization;
    previous = current;
  }, 1_000).unref();
}

/** Why proxy.ts should answer this request (one that needs the database) 503 straight away, or null. */
export function databaseRefusal(now = Date.now()): Refusal | null {
  return refusalAt(shared.state, now, {
    waitingForConnection: shared.queueLength(),
    eventLoopUtilization: shared.eventLoopUtilization,
    arrivals: countArrival(now),
  });
}
