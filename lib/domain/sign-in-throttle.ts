import type { SecuritySettings } from './security-settings';

/** The failed sign-ins inside the window, oldest first, for the account and for the address. */
export type RecentFailures = { account: readonly Date[]; address: readonly Date[] };

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAt: Date };

export function throttleWindowStart(now: Date, settings: SecuritySettings): Date {
  return new Date(now.getTime() - settings.signInWindowMinutes * 60_000);
}

/** When enough of these failures have left the window for one more attempt, or null if one is allowed now. */
function retryAtFor(failures: readonly Date[], limit: number, windowMs: number): Date | null {
  // The attempt is allowed again once all but limit - 1 failures are older than the window;
  // with fewer than `limit` failures there is no such one.
  const expiring = failures[failures.length - limit];
  if (!expiring) return null;
  return new Date(expiring.getTime() + windowMs);
}

/**
 * May someone try to sign in now? Decided before the password is checked, so that while the limit
 * holds even the right password is refused: a guesser learns nothing from the answer.
 */
export function decideSignInThrottle(
  failures: RecentFailures,
  now: Date,
  settings: SecuritySettings,
): ThrottleDecision {
  const windowMs = settings.signInWindowMinutes * 60_000;
  const start = now.getTime() - windowMs;
  const inWindow = (list: readonly Date[]) =>
    list.filter((at) => at.getTime() > start).toSorted((a, b) => a.getTime() - b.getTime());
  const retryTimes = [
    retryAtFor(inWindow(failures.account), settings.signInFailuresPerAccount, windowMs),
    retryAtFor(inWindow(failures.address), settings.signInFailuresPerAddress, windowMs),
  ].filter((at): at is Date => at !== null);
  if (retryTimes.length === 0) return { allowed: true };
  return { allowed: false, retryAt: new Date(Math.max(...retryTimes.map((at) => at.getTime()))) };
}
