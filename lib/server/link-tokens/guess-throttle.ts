import 'server-only';
import { decideSignInThrottle, throttleWindowStart, type ThrottleDecision } from '@/lib/domain/sign-in-throttle';
import type { SecuritySettings } from '@/lib/domain/security-settings';
import type { Prisma } from '@/lib/generated/prisma/client';
import { lockLinkGuesses } from '@/lib/server/locks';

type Tx = Prisma.TransactionClient;

/**
 * Guessing private links (a caregiver's link, a calendar address, an invitation) is throttled per
 * address with the sign-in throttle's rules and limits (lib/domain/sign-in-throttle.ts), in one
 * count for every kind of link, so a guesser cannot spread tries over them. While the limit holds
 * even a good token is refused, as a right password is while sign-ins are held. When the address
 * cannot be known (no trusted proxy) nothing is counted, as for sign-ins: one shared bucket would
 * let anyone lock every family out, and a 256-bit token cannot be guessed anyway.
 *
 * Call it first in the transaction that opens the link: it takes the address's lock, so
 * concurrent guesses from one address cannot all pass the count before any is recorded.
 */
export async function checkGuessThrottle(
  tx: Tx,
  address: string | null,
  now: Date,
  settings: SecuritySettings,
): Promise<ThrottleDecision> {
  if (address === null) return { allowed: true };
  await lockLinkGuesses(tx, address);
  const failures = await tx.linkGuessFailure.findMany({
    where: { address, attemptedAt: { gt: throttleWindowStart(now, settings) } },
    select: { attemptedAt: true },
  });
  return decideSignInThrottle({ account: [], address: failures.map((failure) => failure.attemptedAt) }, now, settings);
}

/** Counts a token that opened nothing against the address (after checkGuessThrottle, in its transaction). */
export async function recordFailedGuess(
  tx: Tx,
  address: string | null,
  now: Date,
  settings: SecuritySettings,
): Promise<void> {
  if (address === null) return;
  await tx.linkGuessFailure.deleteMany({
    where: { address, attemptedAt: { lte: throttleWindowStart(now, settings) } },
  });
  await tx.linkGuessFailure.create({ data: { address, attemptedAt: now } });
}
