import 'server-only';
import { headers } from 'next/headers';
import { clientAddress } from '@/lib/auth/client-address';
import { env } from '@/lib/env';

/** The address a private link's use is throttled against (see clientAddress for when it is unknown). */
export async function requestAddress(): Promise<string | null> {
  const forwarded = (await headers()).get('x-forwarded-for');
  return clientAddress({ 'x-forwarded-for': forwarded ?? undefined }, env.TRUST_PROXY);
}
