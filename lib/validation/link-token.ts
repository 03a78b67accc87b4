import { z } from 'zod';

/** The token in a private link's address: 32 bytes in base64url (lib/server/link-tokens/link-token.ts). */
export const ZLinkToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
