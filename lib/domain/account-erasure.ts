/**
 * What an account whose personal data was erased keeps in its place (a tombstone): a name that
 * says so, an address that can never receive mail (".invalid", RFC 2606) and stays unique, and no
 * password. The row itself stays, so the child's record still says a guardian recorded a session.
 */
export const ERASED_ACCOUNT_NAME = 'Erased parent account';

export function erasedAccountEmail(userId: string): string {
  return `erased-${userId.toLowerCase()}@erased.invalid`;
}

/** No password hashes to this: whatever is typed at sign-in is refused (verifyPassword fails closed). */
export const ERASED_PASSWORD_HASH = 'erased';

/** The admin's confirmation: the account's email typed again, in any case, spaces around ignored. */
export function confirmsAccountEmail(typed: string, email: string): boolean {
  return typed.trim().toLowerCase() === email.trim().toLowerCase();
}
