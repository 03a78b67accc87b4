import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { CARE_LINK_TOKEN_BYTES } from '@/lib/domain/care-links';

/** Only the hash is stored: a copy of the database does not hand out working links. */
export function hashCareLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function newCareLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(CARE_LINK_TOKEN_BYTES).toString('base64url');
  return { token, tokenHash: hashCareLinkToken(token) };
}
