/**
 * The sign-in refusals that are not "wrong email or password", as next-auth carries them to the
 * form: a thrown error's message becomes the form's `error`, so each is a code, with the time to
 * retry after a colon.
 */
/** The sign-in error next-auth hands the form when the password was right but the account is deactivated. */
export const ACCOUNT_DEACTIVATED_ERROR = 'AccountDeactivated';
const UNAVAILABLE_ERROR = 'SignInUnavailable';
const THROTTLED_ERROR = 'TooManyAttempts';

export type SignInRefusal =
  { status: 'DEACTIVATED' } | { status: 'THROTTLED'; retryAt: Date } | { status: 'UNAVAILABLE' };

export function signInError(refusal: SignInRefusal): string {
  switch (refusal.status) {
    case 'DEACTIVATED':
      return ACCOUNT_DEACTIVATED_ERROR;
    case 'THROTTLED':
      return `${THROTTLED_ERROR}:${refusal.retryAt.toISOString()}`;
    case 'UNAVAILABLE':
      return UNAVAILABLE_ERROR;
  }
}

/** Which message the form shows for next-auth's `error` (auth.signInErrors in the catalogs). */
export type SignInErrorMessage =
  { key: 'deactivated' | 'unavailable' | 'wrongCredentials' } | { key: 'throttled'; retryAt: Date };

export function readSignInError(error: string): SignInErrorMessage {
  if (error === ACCOUNT_DEACTIVATED_ERROR) return { key: 'deactivated' };
  if (error === UNAVAILABLE_ERROR) return { key: 'unavailable' };
  if (error.startsWith(`${THROTTLED_ERROR}:`)) {
    const retryAt = new Date(error.slice(THROTTLED_ERROR.length + 1));
    if (!Number.isNaN(retryAt.getTime())) return { key: 'throttled', retryAt };
  }
  // One message for an unknown email and a wrong password, so the form does not reveal which
  // accounts exist; only someone who typed the right password learns the account is deactivated.
  return { key: 'wrongCredentials' };
}
