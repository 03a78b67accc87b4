// Not 'server-only', and free of Prisma: proxy.ts imports it. proxy.ts runs in the same Node.js
// process as the pages (Next.js 16 `require`s the Node proxy into the server), but from its own
// bundle, so module state is not shared; the state lives on globalThis, which is.
import diagnosticsChannel from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import {
  AVAILABILITY_POLICY,
  AVAILABLE,
  nextAvailability,
  refusalAt,
  type AvailabilityEvent,
  type AvailabilityPolicy,
  type AvailabilityState,
  type Refusal,
} from '@/lib/domain/database-availability';
import { REQUEST_ID_HEADER } from '@/lib/request-id';

/**
 * The request header on which proxy.ts tells a server action that it is refused (the reason, one of
 * Refusal['reason']): the action answers with a message beside its form instead of a 503 page.
 */
export const REFUSAL_HEADER = 'x-clinic-refusal';

type Shared = {
  state: AvailabilityState;
  /** AVAILABILITY_POLICY with the in-flight limits this server was started with (limitRequestsInFlight). */
  policy: AvailabilityPolicy;
  /** How long the query that has waited longest for a connection has been waiting (lib/db.ts's pool). */
  connectionWaitMs: (now: number) => number;
  eventLoopUtilization: number;
  /** Requests proxy.ts asked about in this second and the one before (see countArrival). */
  arrivals: { second: number; count: number; previousCount: number };
  /** Requests admitted and not yet answered: their id (lib/request-id.ts) and when they were admitted. */
  admitted: Map<string, number>;
};

const KEY = Symbol.for('infant-massage-clinic.availability');
const holder = globalThis as unknown as { [KEY]?: Shared };
const shared = (holder[KEY] ??= {
  state: AVAILABLE,
  policy: AVAILABILITY_POLICY,
  connectionWaitMs: () => 0,
  eventLoopUtilization: 0,
  arrivals: { second: 0, count: 0, previousCount: 0 },
  admitted: new Map(),
});

/**
 * An admitted request whose response never closed (which Node.js does not allow, but a count that
 * only grows would refuse every request for good) stops counting after this long: longer than any
 * request can take (lib/db.ts: 5 s for a connection, 15 s per statement).
 */
const ADMISSION_EXPIRES_MS = 60_000;

function requestsInFlight(now: number): number {
  for (const [id, admittedAt] of shared.admitted) {
    // A Map keeps insertion order: the first that has not expired ends the search.
    if (admittedAt > now - ADMISSION_EXPIRES_MS) break;
    shared.admitted.delete(id);
  }
  return shared.admitted.size;
}

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

/** The server's in-flight limit (MAX_REQUESTS_IN_FLIGHT, set by instrumentation.ts); prefetches stop at half. */
export function limitRequestsInFlight(maxInFlight: number): void {
  shared.policy = { ...AVAILABILITY_POLICY, maxInFlight, maxPrefetchInFlight: Math.floor(maxInFlight / 2) };
}

/** lib/db.ts says how to read its pool's wait for a connection. */
export function reportConnectionWait(read: (now: number) => number): void {
  shared.connectionWaitMs = read;
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

/**
 * Counts every response of the server process as it closes (finished, or dropped by the client),
 * so that an admitted request stops counting once it has been answered; started by
 * instrumentation.ts. Node's `http.server.request.start` channel reaches the response object that
 * proxy.ts never sees; the request id that proxy.ts puts on every response ties the two.
 */
export function startResponseWatcher(): void {
  diagnosticsChannel.subscribe('http.server.request.start', (message) => {
    const { response } = message as { request: IncomingMessage; response: ServerResponse };
    response.once('close', () => {
      const id = response.getHeader(REQUEST_ID_HEADER);
      if (typeof id === 'string') shared.admitted.delete(id);
    });
  });
}

/**
 * Decides whether proxy.ts serves this request (one that needs the database), and counts it as in
 * flight until its response closes if so (see startResponseWatcher); or why to answer 503 at once.
 */
export function admitRequest(
  requestId: string,
  { isPrefetch }: { isPrefetch: boolean },
  now = Date.now(),
): Refusal | null {
  const refusal = refusalAt(
    shared.state,
    now,
    {
      inFlight: requestsInFlight(now),
      connectionWaitMs: shared.connectionWaitMs(now),
      eventLoopUtilization: shared.eventLoopUtilization,
      arrivals: countArrival(now),
      isPrefetch,
    },
    shared.policy,
  );
  if (!refusal) shared.admitted.set(requestId, now);
  return refusal;
}
