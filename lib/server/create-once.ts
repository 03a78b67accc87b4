import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';

/**
 * A create that carries its form's idempotency key (a unique column of the record). When the key
 * is already taken, by a double submit, a retry, or a concurrent request of the same form (the
 * unique index makes it wait for the first one's commit), the first one's record is returned, as
 * if this submit had made it. `findExisting` looks the key up within the actor's scope, so a key
 * seen under another account does not hand its record over; then the refusal stands.
 */
export async function createOnce<Result>(
  idempotencyKey: string | undefined,
  create: () => Promise<Result>,
  findExisting: (idempotencyKey: string) => Promise<Result | null>,
): Promise<Result> {
  try {
    return await retriedOnceOnDeadlock(create);
  } catch (error) {
    if (!idempotencyKey || !isUniqueViolation(error)) throw error;
    const existing = await findExisting(idempotencyKey);
    if (existing === null) throw error;
    return existing;
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/**
 * Two transactions inserting overlapping sessions each wait on the other's exclusion check
 * (Session_therapist_time_excl), and PostgreSQL aborts one as a deadlock (Prisma's P2034). Run
 * again, the aborted one meets the winner's committed rows: it is refused plainly, or passes.
 */
async function retriedOnceOnDeadlock<Result>(create: () => Promise<Result>): Promise<Result> {
  try {
    return await create();
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2034')) throw error;
    return create();
  }
}
