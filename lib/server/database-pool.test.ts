import { PrismaPg } from '@prisma/adapter-pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { refusalAt, AVAILABLE, nextAvailability, type AvailabilityEvent } from '@/lib/domain/database-availability';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { databaseTrouble } from './database-errors';
import { createDatabasePool } from './database-pool';

const clients: PrismaClient[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.$disconnect()));
});

function clientFor(connectionString: string, max: number, maxWaiting: number) {
  const events: AvailabilityEvent[] = [];
  const { pool, connectionWaitMs } = createDatabasePool(
    { connectionString, max, connectionTimeoutMillis: 30_000 },
    { maxWaiting, onEvent: (event) => events.push(event) },
  );
  const client = new PrismaClient({ adapter: new PrismaPg(pool) });
  clients.push(client);
  return { pool, connectionWaitMs, client, events };
}

describe('the connection pool under overload (issue 8)', () => {
  it('refuses a request at once when the wait queue is full, and serves again once it drains', async () => {
    const { pool, client, events } = clientFor(process.env.DATABASE_URL ?? '', 1, 1);
    await client.$queryRaw`SELECT 1`;
    const held = await pool.connect();
    // Prisma runs a query once it is awaited or then'd.
    const queued = client.$queryRaw`SELECT 2 AS "two"`.then((rows) => rows);
    await vi.waitFor(() => expect(pool.waitingCount).toBe(1));

    // The connection is still held: this request can only answer by being refused, not by waiting.
    const refused = await client.$queryRaw`SELECT 3`.then(
      () => null,
      (error: unknown) => error,
    );
    expect(databaseTrouble(refused)).toBe('OVERLOADED');
    expect(events).toContain('SHED');

    held.release();
    expect(await queued).toEqual([{ two: 2 }]);
    expect(await client.$queryRaw`SELECT 4 AS "four"`).toEqual([{ four: 4 }]);
    expect(events.at(-1)).toBe('CONNECTED');
  });
});

describe('the connection pool under load (issue 11)', () => {
  it('tells how long the query waiting for a connection has waited, and 0 once none waits', async () => {
    const { pool, connectionWaitMs, client } = clientFor(process.env.DATABASE_URL ?? '', 1, 10);
    await client.$queryRaw`SELECT 1`;
    const held = await pool.connect();
    const before = Date.now();
    const queued = client.$queryRaw`SELECT 2 AS "two"`.then((rows) => rows);
    await vi.waitFor(() => expect(pool.waitingCount).toBe(1));
    const queuedBy = Date.now();

    // It began to wait between `before` and `queuedBy`: 5 s after, it has waited about 5 s.
    expect(connectionWaitMs(queuedBy + 5_000)).toBeGreaterThanOrEqual(5_000);
    expect(connectionWaitMs(before + 5_000)).toBeLessThanOrEqual(5_000);
    held.release();
    expect(await queued).toEqual([{ two: 2 }]);
    expect(connectionWaitMs()).toBe(0);
  });
});

describe('the connection pool when the database is down (issue 8)', () => {
  it('reports refused connections, which open the breaker, and a working database closes it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // Nothing listens on port 1: connecting is refused at once, as with a stopped database server.
    const down = clientFor('postgresql://postgres@127.0.0.1:1/none', 2, 10);
    for (const attempt of [1, 2]) {
      const failed = await down.client.$queryRaw`SELECT ${attempt}`.then(
        () => null,
        (error: unknown) => error,
      );
      // What an action then says: the database cannot be reached, not "something went wrong".
      expect(databaseTrouble(failed)).toBe('DATABASE_DOWN');
    }
    expect(down.events).toEqual(['CONNECTION_FAILED', 'CONNECTION_FAILED']);
    const now = Date.now();
    const state = down.events.reduce((current, event) => nextAvailability(current, event, now), AVAILABLE);
    expect(refusalAt(state, now)).toMatchObject({ reason: 'DATABASE_DOWN' });

    const up = clientFor(process.env.DATABASE_URL ?? '', 2, 10);
    await up.client.$queryRaw`SELECT 1`;
    expect(up.events).toEqual(['CONNECTED']);
    expect(refusalAt(nextAvailability(state, 'CONNECTED', now), now)).toBeNull();
  });
});
