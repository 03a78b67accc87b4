/**
 * The address failed sign-ins are counted against. next-auth v4 hands `authorize` the request's
 * headers but not its socket, so the peer's address is out of reach. Behind a reverse proxy
 * (TRUST_PROXY=true) the last X-Forwarded-For hop is the one the proxy itself appended, which the
 * client cannot forge; without one every header is the client's own word, so all sign-ins count
 * against one shared address and the per-address limit becomes a clinic-wide one.
 */
export const UNKNOWN_CLIENT_ADDRESS = 'direct';

export function clientAddress(
  headers: Record<string, string | string[] | undefined> | undefined,
  trustProxy: boolean,
): string {
  if (!trustProxy) return UNKNOWN_CLIENT_ADDRESS;
  const forwarded = headers?.['x-forwarded-for'];
  const value = Array.isArray(forwarded) ? forwarded.join(',') : forwarded;
  const lastHop = value?.split(',').at(-1)?.trim();
  return lastHop || UNKNOWN_CLIENT_ADDRESS;
}
