import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { databaseTrouble } from './database-errors';

/** The error `run` fails with. */
async function failureOf(run: () => Promise<unknown>): Promise<unknown> {
  return run().then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}

describe('which database trouble an error is', () => {
  it('calls an interactive transaction that ran out of its time busy, as a lock timeout', async () => {
    const expired = await failureOf(() =>
      db.$transaction(
        async (tx) => {
          await tx.$executeRaw`SELECT pg_sleep(0.3)`;
          await tx.$queryRaw`SELECT 1`;
        },
        { timeout: 100 },
      ),
    );
    expect(expired).toMatchObject({ code: 'P2028' });
    expect(databaseTrouble(expired)).toBe('BUSY');
  });

  // The embedded PGlite is one session: a held lock makes every other connection wait its turn
  // (scripts/pglite-server.ts) rather than time out, so this runs on PostgreSQL only.
  it.skipIf(process.env.EMBEDDED_DATABASE)('calls a lock that was not granted in time busy', async () => {
    let release!: () => void;
    let held = false;
    const holder = db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(4242)`;
      held = true;
      await new Promise<void>((resolve) => (release = resolve));
    });
    await expect.poll(() => held).toBe(true);
    const waited = await failureOf(() =>
      db.$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL lock_timeout = 50`;
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(4242)`;
      }),
    );
    release();
    await holder;
    expect(databaseTrouble(waited)).toBe('BUSY');
  });

  it('leaves any other error alone', () => {
    expect(databaseTrouble(new Error('no'))).toBeNull();
    expect(databaseTrouble({ code: 'P2002' })).toBeNull();
  });
});
