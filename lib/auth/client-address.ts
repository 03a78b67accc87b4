/**
 * The address failed sign-ins are counted against, or null when it cannot be known. next-auth v4
 * hands `authorize` the request's headers but not its socket, so the peer's address is out of
 * reach. Behind a reverse proxy (TRUST_PROXY=true) the last X-Forwarded-For hop is the one the
 * proxy itself appended, which the client cannot forge; without one every header is the client's
 * own word. Counting those sign-ins against one shared stand-in address would let anyone lock the
 * whole clinic out with a few dozen wrong guesses, so an unknown address has no per-address limit
 * (only the per-account one; see TRUST_PROXY in the README).
 */
export function clientAddress(
  headers: Record<string, string | string[] | undefined> | undefined,
  trustProxy: boolean,
): string | null {
  if (!trustProxy) return null;
  const forwarded = headers?.['x-forwarded-for'];
  const value = Array.isArray(forwarded) ? forwarded.join(',') : forwarded;
  const lastHop = value?.split(',').at(-1)?.trim();
  return lastHop || null;
}
