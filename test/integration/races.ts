import { expect } from 'vitest';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Stages a race without timing: a transaction takes a lock (as another request holding the same
 * rows would), starts the contenders, waits until each is stuck behind a lock (or already done),
 * runs `whileHeld` and commits; the contenders then go on, in whatever order the database lets
 * them. On PostgreSQL the wait is on what the server reports; the embedded PGlite runs one
 * transaction at a time, so there a contender started inside cannot read anything before the
 * commit, and nothing needs waiting for.
 */
export async function raceBehindLock<T>(
  lock: (tx: Prisma.TransactionClient) => Promise<unknown>,
  contenders: (() => Promise<T>)[],
  whileHeld?: (tx: Prisma.TransactionClient) => Promise<unknown>,
): Promise<PromiseSettledResult<T>[]> {
  const embedded = await isEmbedded();
  let running: Promise<T>[] = [];
  let settled = 0;
  await db.$transaction(
    async (tx) => {
      await lock(tx);
      running = contenders.map((start) => start());
      for (const contender of running) {
        contender.then(
          () => (settled += 1),
          () => (settled += 1),
        );
      }
      if (!embedded) {
        // A contender that never waits (a lock gone missing) is let through to the assertions.
        await expect
          .poll(async () => settled + (await waitingForLocks()), { timeout: 60_000, interval: 20 })
          .toBe(contenders.length);
      }
      await whileHeld?.(tx);
    },
    // The default of 5 s would end the held transaction on a slow machine.
    { timeout: 90_000 },
  );
  return Promise.allSettled(running);
}

/** The contenders' results, for a race every one must win; a refusal fails the test with its own error. */
export function allFulfilled<T>(settled: PromiseSettledResult<T>[]): T[] {
  return settled.map((result) => {
    if (result.status === 'rejected') throw result.reason;
    return result.value;
  });
}

/** Holds a course row as a transaction that writes it does. */
export function courseLock(courseId: string): (tx: Prisma.TransactionClient) => Promise<unknown> {
  return (tx) => tx.$executeRaw`SELECT 1 FROM "Course" WHERE "id" = ${courseId} FOR UPDATE`;
}

/** Connections of this database waiting for a lock (read outside the held transaction, so never a stale snapshot). */
async function waitingForLocks(): Promise<number> {
  const [row] = await db.$queryRaw<{ waiting: number }[]>`
    SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
  return row?.waiting ?? 0;
}

let embeddedDatabase: Promise<boolean> | undefined;

function isEmbedded(): Promise<boolean> {
  embeddedDatabase ??= db.$queryRaw<{ version: string }[]>`SELECT version()`.then(([row]) =>
    Boolean(row?.version.includes('PGlite')),
  );
  return embeddedDatabase;
}
