import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { SESSION_COOKIE_MAX_AGE_SECONDS } from '@/lib/domain/session-lifetime';
import { decideSignInThrottle, throttleWindowStart } from '@/lib/domain/sign-in-throttle';
import { auditSignInFailure } from '@/lib/server/audit/audit-sign-in-failure';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { lockSignInAttempts } from '@/lib/server/locks';
import { getSecuritySettings } from '@/lib/server/settings/security-settings';
import { verifyCredentials } from './verify-credentials';

/** How many stale rows one write deletes at most, so pruning never makes a sign-in slow. */
const PRUNE_BATCH = 100;

export type AttemptReservation = { allowed: true; attemptId: string } | { allowed: false; retryAt: Date };

/**
 * Where failed sign-ins are counted; the tests put a broken one in to see the sign-in fail closed.
 * An allowed attempt is recorded as a failure before its password is checked (`reserveAttempt`,
 * under the sign-in locks of lib/server/locks.ts), and forgotten once the password proves right:
 * otherwise concurrent guesses would all pass the count before any of them was recorded.
 */
export type SignInThrottleStore = {
  reserveAttempt(email: string, address: string | null, now: Date): Promise<AttemptReservation>;
  forgetAttempt(attemptId: string): Promise<void>;
};

export const databaseThrottleStore: SignInThrottleStore = {
  async reserveAttempt(email, address, now) {
    const settings = await getSecuritySettings();
    const since = throttleWindowStart(now, settings);
    return db.$transaction(async (tx) => {
      await lockSignInAttempts(tx, email, address);
      const failuresOf = async (where: { email: string } | { address: string }) =>
        (
          await tx.signInFailure.findMany({
            where: { ...where, attemptedAt: { gt: since } },
            select: { attemptedAt: true },
            orderBy: { attemptedAt: 'asc' },
          })
        ).map((row) => row.attemptedAt);
      const [account, byAddress] = await Promise.all([
        failuresOf({ email }),
        // An unknown address (no trusted proxy) has no limit of its own: see lib/auth/client-address.ts.
        address === null ? [] : failuresOf({ address }),
      ]);
      const decision = decideSignInThrottle({ account, address: byAddress }, now, settings);
      if (!decision.allowed) return decision;
      // Failures that have left the window no longer count for anyone. SKIP LOCKED: concurrent
      // sign-ins prune different rows instead of waiting on (or deadlocking over) each other's.
      await tx.$executeRaw`
        DELETE FROM "SignInFailure" WHERE "id" IN (
          SELECT "id" FROM "SignInFailure" WHERE "attemptedAt" <= ${since}
          LIMIT ${PRUNE_BATCH} FOR UPDATE SKIP LOCKED)`;
      const attempt = await tx.signInFailure.create({
        data: { email, address, attemptedAt: now },
        select: { id: true },
      });
      return { allowed: true, attemptId: attempt.id };
    });
  },
  async forgetAttempt(attemptId) {
    await db.signInFailure.delete({ where: { id: attemptId } });
  },
};

export type SignInResult =
  | { status: 'SIGNED_IN'; actor: Actor; sessionId: string }
  | { status: 'WRONG_CREDENTIALS' }
  | { status: 'DEACTIVATED' }
  /** Too many failures for this account or address: no password is checked until `retryAt`. */
  | { status: 'THROTTLED'; retryAt: Date }
  /** The failure counts cannot be read: refusing is safer than guessing without a limit. */
  | { status: 'UNAVAILABLE' };

/**
 * A sign-in attempt from `address` (null when it cannot be known). The throttle is decided before
 * the password is checked; a wrong password (or unknown email) stays counted, and a right one
 * opens a server-side session.
 */
export async function signIn(
  credentials: { email: string; password: string },
  address: string | null,
  { now = new Date(), store = databaseThrottleStore }: { now?: Date; store?: SignInThrottleStore } = {},
): Promise<SignInResult> {
  const email = credentials.email.trim().toLowerCase();
  let reservation: AttemptReservation;
  try {
    reservation = await store.reserveAttempt(email, address, now);
  } catch (error) {
    console.error('[sign-in] The failed sign-in counts could not be read; refusing the sign-in.', error);
    await auditSignInFailure(email, 'UNAVAILABLE');
    return { status: 'UNAVAILABLE' };
  }
  if (!reservation.allowed) {
    await auditSignInFailure(email, 'THROTTLED');
    return { status: 'THROTTLED', retryAt: reservation.retryAt };
  }

  const check = await verifyCredentials(email, credentials.password);
  if (check.status === 'WRONG_CREDENTIALS') {
    await auditSignInFailure(email, check.status);
    return check;
  }
  // The right password: the attempt was no failure after all.
  await store.forgetAttempt(reservation.attemptId);
  if (check.status === 'DEACTIVATED') {
    await auditSignInFailure(email, check.status);
    return check;
  }
  return { status: 'SIGNED_IN', actor: check.actor, sessionId: await openSession(check.actor, now) };
}

/**
 * A new server-side session, audited in its transaction; sessions whose cookie has expired (so all
 * have ended) are pruned.
 */
async function openSession(actor: Actor, now: Date): Promise<string> {
  const cookieDeadSince = new Date(now.getTime() - SESSION_COOKIE_MAX_AGE_SECONDS * 1_000);
  return db.$transaction(async (tx) => {
    const session = await tx.authSession.create({
      data: { userId: actor.id, createdAt: now, lastSeenAt: now },
      select: { id: true },
    });
    await tx.$executeRaw`
      DELETE FROM "AuthSession" WHERE "id" IN (
        SELECT "id" FROM "AuthSession" WHERE "createdAt" <= ${cookieDeadSince}
        LIMIT ${PRUNE_BATCH} FOR UPDATE SKIP LOCKED)`;
    await recordAudit(tx, actor, { action: 'SIGN_IN', subject: { type: 'ACCOUNT', id: actor.id }, patientId: null });
    return session.id;
  });
}
