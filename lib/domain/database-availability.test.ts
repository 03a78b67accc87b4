import { describe, expect, it } from 'vitest';
import {
  AVAILABLE,
  NO_PRESSURE,
  nextAvailability,
  refusalAt,
  type AvailabilityEvent,
  type AvailabilityPolicy,
  type AvailabilityState,
} from './database-availability';

const policy: AvailabilityPolicy = {
  failuresToOpen: 2,
  openMs: 5_000,
  shedMs: 1_000,
  maxInFlight: 20,
  maxPrefetchInFlight: 10,
  connectionWaitToShedMs: 1_000,
  eventLoopUtilizationToShed: 0.9,
  arrivalsToShed: 50,
};
const T = 1_000_000;

function replay(events: [AvailabilityEvent, number][], from: AvailabilityState = AVAILABLE): AvailabilityState {
  return events.reduce((state, [event, at]) => nextAvailability(state, event, at, policy), from);
}

describe('the database circuit breaker', () => {
  it('serves requests after a single failed connection (a blip)', () => {
    expect(refusalAt(replay([['CONNECTION_FAILED', T]]), T)).toBeNull();
  });

  it('opens after two failures in a row and refuses until openMs has passed', () => {
    const open = replay([
      ['CONNECTION_FAILED', T],
      ['CONNECTION_FAILED', T + 100],
    ]);
    expect(refusalAt(open, T + 100)).toEqual({ reason: 'DATABASE_DOWN', retryAfterSeconds: 5 });
    expect(refusalAt(open, T + 5_099)).toEqual({ reason: 'DATABASE_DOWN', retryAfterSeconds: 1 });
    expect(refusalAt(open, T + 5_100)).toBeNull();
  });

  it('reopens on the first failure once half-open, and closes on a connection', () => {
    const halfOpen = replay([
      ['CONNECTION_FAILED', T],
      ['CONNECTION_FAILED', T],
    ]);
    expect(refusalAt(replay([['CONNECTION_FAILED', T + 6_000]], halfOpen), T + 6_000)).toMatchObject({
      reason: 'DATABASE_DOWN',
    });
    const closed = replay([['CONNECTED', T + 6_000]], halfOpen);
    expect(closed).toEqual(AVAILABLE);
    // Closed means counting starts again: one failure is a blip once more.
    expect(refusalAt(replay([['CONNECTION_FAILED', T + 7_000]], closed), T + 7_000)).toBeNull();
  });

  it('does not count failures separated by a connection as "in a row"', () => {
    const state = replay([
      ['CONNECTION_FAILED', T],
      ['CONNECTED', T + 1],
      ['CONNECTION_FAILED', T + 2],
    ]);
    expect(refusalAt(state, T + 2)).toBeNull();
  });
});

describe('load shedding', () => {
  it('refuses requests for shedMs after the pool refused one, then serves again', () => {
    const shed = replay([['SHED', T]]);
    expect(refusalAt(shed, T)).toEqual({ reason: 'OVERLOADED', retryAfterSeconds: 1 });
    expect(refusalAt(shed, T + 999)).toMatchObject({ reason: 'OVERLOADED' });
    expect(refusalAt(shed, T + 1_000)).toBeNull();
  });

  it('refuses new requests while a query has waited too long for a connection or the event loop is at its limit', () => {
    const pressure = (connectionWaitMs: number, eventLoopUtilization: number, arrivals: number) =>
      refusalAt(AVAILABLE, T, { ...NO_PRESSURE, connectionWaitMs, eventLoopUtilization, arrivals }, policy);
    // Regression (issue 11): ten course pages at a time queue dozens of queries that each wait a few
    // milliseconds; a limit on the queue's length answered hundreds of them 503.
    expect(pressure(999, 0.89, 1_000)).toBeNull();
    expect(pressure(1_000, 0, 0)).toEqual({ reason: 'OVERLOADED', retryAfterSeconds: 1 });
    expect(pressure(0, 0.9, 50)).toEqual({ reason: 'OVERLOADED', retryAfterSeconds: 1 });
    // A busy event loop with few requests is a machine busy with other work: serve them.
    expect(pressure(0, 1, 49)).toBeNull();
  });

  it('admits requests while fewer than maxInFlight are being answered, and refuses the next', () => {
    const admitted = (inFlight: number) => refusalAt(AVAILABLE, T, { ...NO_PRESSURE, inFlight }, policy);
    expect(admitted(0)).toBeNull();
    expect(admitted(19)).toBeNull();
    expect(admitted(20)).toEqual({ reason: 'OVERLOADED', retryAfterSeconds: 1 });
    expect(admitted(200)).toEqual({ reason: 'OVERLOADED', retryAfterSeconds: 1 });
  });

  it('refuses a prefetch once half as many are in flight, keeping room for the pages people open', () => {
    const prefetch = (inFlight: number) =>
      refusalAt(AVAILABLE, T, { ...NO_PRESSURE, inFlight, isPrefetch: true }, policy);
    expect(prefetch(9)).toBeNull();
    expect(prefetch(10)).toEqual({ reason: 'OVERLOADED', retryAfterSeconds: 1 });
    expect(refusalAt(AVAILABLE, T, { ...NO_PRESSURE, inFlight: 10 }, policy)).toBeNull();
  });

  it('says the database is down rather than busy when both hold', () => {
    const both = replay([
      ['SHED', T],
      ['CONNECTION_FAILED', T],
      ['CONNECTION_FAILED', T],
    ]);
    expect(refusalAt(both, T)).toMatchObject({ reason: 'DATABASE_DOWN' });
  });
});
