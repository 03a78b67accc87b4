/**
 * Whether the app should take a request at all, from what its connections to PostgreSQL have
 * shown lately: a circuit breaker for a database that is down, and a short cool-down after the
 * connection pool had to refuse work (overload). Pure, with the clock passed in; the process-wide
 * state lives in lib/server/database-availability.ts and proxy.ts answers 503 from it.
 */

export type AvailabilityPolicy = {
  /** Failed connection attempts in a row that open the breaker: one refused connection can be a blip. */
  failuresToOpen: number;
  /** How long an open breaker refuses requests before letting them try again (and Retry-After). */
  openMs: number;
  /** How long requests are refused after the pool refused one for lack of connections. */
  shedMs: number;
  /**
   * Requests admitted and not yet answered at which a new one is refused. This is the bound that
   * holds in a burst: it is counted from the moment a request is admitted, before it reaches the
   * database or the CPU, whereas the queue and the event loop below only show the load once the
   * admitted requests are already running.
   */
  maxInFlight: number;
  /**
   * Requests in flight at which a router prefetch is refused, below `maxInFlight`: a page with a
   * link per session prefetches a dozen pages at once, and those must not crowd out the pages and
   * forms people actually open (a refused navigation falls back to a full page load, which throws
   * away what was typed before the page hydrates). A refused prefetch costs nothing: the link
   * still works when followed.
   */
  maxPrefetchInFlight: number;
  /**
   * New requests are refused while a query has waited this long for a connection: the database is
   * not keeping up, and the ones already admitted finish sooner, before their queries reach the
   * pool's 5 s connection timeout (lib/db.ts). It is the wait, not the queue's length, that shows
   * overload (as in CoDel): a queue that drains quickly is admitted work going through, and
   * `maxInFlight` already bounds it, whereas a limit on the length refused the pages that send their
   * queries at once (ten course pages at a time, 30 statements each, were answered 503).
   */
  connectionWaitToShedMs: number;
  /**
   * New requests are refused while the server's event loop was busy this share of the last second
   * (0 to 1) and at least `arrivalsToShed` requests came in that second: rendering has used up the
   * CPU, and each admitted page only makes every other one slower. A busy event loop alone is not
   * enough: on a machine shared with other work it looks busy while it waits for the CPU.
   */
  eventLoopUtilizationToShed: number;
  arrivalsToShed: number;
};

export const AVAILABILITY_POLICY: AvailabilityPolicy = {
  failuresToOpen: 2,
  openMs: 5_000,
  shedMs: 1_000,
  maxInFlight: 20,
  maxPrefetchInFlight: 10,
  connectionWaitToShedMs: 1_000,
  eventLoopUtilizationToShed: 0.9,
  arrivalsToShed: 50,
};

export type AvailabilityState = {
  consecutiveFailures: number;
  /** The breaker is open until then (epoch ms); after it, requests try again (half-open). */
  downUntil: number | null;
  overloadedUntil: number | null;
};

export const AVAILABLE: AvailabilityState = { consecutiveFailures: 0, downUntil: null, overloadedUntil: null };

export type AvailabilityEvent =
  /** A connection was made (or taken from the pool): the database answers. */
  | 'CONNECTED'
  /** A connection could not be made: refused, unreachable, dropped. */
  | 'CONNECTION_FAILED'
  /** The pool refused a request because too many were already waiting for a connection. */
  | 'SHED';

export function nextAvailability(
  state: AvailabilityState,
  event: AvailabilityEvent,
  now: number,
  policy: AvailabilityPolicy = AVAILABILITY_POLICY,
): AvailabilityState {
  switch (event) {
    case 'CONNECTED':
      return state.consecutiveFailures === 0 && state.downUntil === null
        ? state
        : { ...state, consecutiveFailures: 0, downUntil: null };
    case 'CONNECTION_FAILED': {
      const consecutiveFailures = state.consecutiveFailures + 1;
      // Half-open: past downUntil the count is still at the threshold, so one more failure reopens.
      const downUntil = consecutiveFailures >= policy.failuresToOpen ? now + policy.openMs : state.downUntil;
      return { ...state, consecutiveFailures, downUntil };
    }
    case 'SHED':
      return { ...state, overloadedUntil: now + policy.shedMs };
  }
}

export type Refusal = { reason: 'DATABASE_DOWN' | 'OVERLOADED'; retryAfterSeconds: number };

/**
 * How loaded the server is: requests admitted and still being answered, how long the query that
 * has waited longest for a connection has been waiting, how busy its event loop was over the last
 * second, and how many requests that needed the database arrived in the last second.
 */
export type ServerPressure = {
  inFlight: number;
  /** 0 when no query waits. */
  connectionWaitMs: number;
  eventLoopUtilization: number;
  arrivals: number;
  /** Whether this request is the router prefetching a link (refused sooner: maxPrefetchInFlight). */
  isPrefetch: boolean;
};

export const NO_PRESSURE: ServerPressure = {
  inFlight: 0,
  connectionWaitMs: 0,
  eventLoopUtilization: 0,
  arrivals: 0,
  isPrefetch: false,
};

/** Why a request arriving `now` should be answered 503 at once, or null to serve it. */
export function refusalAt(
  state: AvailabilityState,
  now: number,
  pressure: ServerPressure = NO_PRESSURE,
  policy: AvailabilityPolicy = AVAILABILITY_POLICY,
): Refusal | null {
  const secondsUntil = (until: number) => Math.max(1, Math.ceil((until - now) / 1_000));
  if (state.downUntil !== null && now < state.downUntil)
    return { reason: 'DATABASE_DOWN', retryAfterSeconds: secondsUntil(state.downUntil) };
  if (state.overloadedUntil !== null && now < state.overloadedUntil)
    return { reason: 'OVERLOADED', retryAfterSeconds: secondsUntil(state.overloadedUntil) };
  const isCpuSaturated =
    pressure.eventLoopUtilization >= policy.eventLoopUtilizationToShed && pressure.arrivals >= policy.arrivalsToShed;
  const maxInFlight = pressure.isPrefetch ? policy.maxPrefetchInFlight : policy.maxInFlight;
  if (pressure.inFlight >= maxInFlight || pressure.connectionWaitMs >= policy.connectionWaitToShedMs || isCpuSaturated)
    return { reason: 'OVERLOADED', retryAfterSeconds: 1 };
  return null;
}
