import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/**
 * Every private link of the app (a caregiver's link, a calendar address, a guardian's invitation)
 * carries 32 random bytes: 256 bits, above issue 9's 128-bit floor. ZLinkToken checks the form.
 */
const LINK_TOKEN_BYTES = 32;

/** Only the hash is stored: a copy of the database does not hand out working links. */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(LINK_TOKEN_BYTES).toString('base64url');
  return { token, tokenHash: hashLinkToken(token) };
}
