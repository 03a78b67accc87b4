import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { SecuritySettings } from '@/lib/domain/security-settings';
import { decideSignInThrottle, throttleWindowStart, type RecentFailures } from '@/lib/domain/sign-in-throttle';
import { auditSignInFailure } from '@/lib/server/audit/audit-sign-in-failure';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { getSecuritySettings } from '@/lib/server/settings/security-settings';
import { verifyCredentials } from './verify-credentials';

/** Where failed sign-ins are counted; the tests put a broken one in to see the sign-in fail closed. */
export type SignInThrottleStore = {
  read(email: string, address: string, now: Date): Promise<{ settings: SecuritySettings; failures: RecentFailures }>;
  recordFailure(email: string, address: string, at: Date): Promise<void>;
};

export const databaseThrottleStore: SignInThrottleStore = {
  async read(email, address, now) {
    const settings = await getSecuritySettings();
    const since = throttleWindowStart(now, settings);
    const failuresOf = async (where: { email: string } | { address: string }) =>
      (
        await db.signInFailure.findMany({
          where: { ...where, attemptedAt: { gt: since } },
          select: { attemptedAt: true },
          orderBy: { attemptedAt: 'asc' },
        })
      ).map((row) => row.attemptedAt);
    const [account, byAddress] = await Promise.all([failuresOf({ email }), failuresOf({ address })]);
    return { settings, failures: { account, address: byAddress } };
  },
  async recordFailure(email, address, at) {
    await db.signInFailure.create({ data: { email, address, attemptedAt: at } });
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
 * A sign-in attempt from `address`. The throttle is decided before the password is checked; a
 * wrong password (or unknown email) is counted, and a right one opens a server-side session.
 */
export async function signIn(
  credentials: { email: string; password: string },
  address: string,
  { now = new Date(), store = databaseThrottleStore }: { now?: Date; store?: SignInThrottleStore } = {},
): Promise<SignInResult> {
  const email = credentials.email.trim().toLowerCase();
  let state: Awaited<ReturnType<SignInThrottleStore['read']>>;
  try {
    state = await store.read(email, address, now);
  } catch (error) {
    console.error('[sign-in] The failed sign-in counts could not be read; refusing the sign-in.', error);
    await auditSignInFailure(email, 'UNAVAILABLE');
    return { status: 'UNAVAILABLE' };
  }
  const decision = decideSignInThrottle(state.failures, now, state.settings);
  if (!decision.allowed) {
    await auditSignInFailure(email, 'THROTTLED');
    return { status: 'THROTTLED', retryAt: decision.retryAt };
  }

  const check = await verifyCredentials(email, credentials.password);
  switch (check.status) {
    case 'WRONG_CREDENTIALS':
      await store.recordFailure(email, address, now);
      await auditSignInFailure(email, check.status);
      return check;
    case 'DEACTIVATED':
      await auditSignInFailure(email, check.status);
      return check;
    case 'SIGNED_IN': {
      const { actor } = check;
      const session = await db.$transaction(async (tx) => {
        const created = await tx.authSession.create({
          data: { userId: actor.id, createdAt: now, lastSeenAt: now },
          select: { id: true },
        });
        await recordAudit(tx, actor, {
          action: 'SIGN_IN',
          subject: { type: 'ACCOUNT', id: actor.id },
          patientId: null,
        });
        return created;
      });
      return { status: 'SIGNED_IN', actor: check.actor, sessionId: session.id };
    }
  }
}
