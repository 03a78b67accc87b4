/**
 * `Secure` cookies with the `__Secure-`/`__Host-` prefixes whenever the app is served over HTTPS.
 * next-auth would infer the same from NEXTAUTH_URL; said here so it does not hang on that default.
 */
export function usesSecureCookies(publicUrl: string | undefined): boolean {
  return publicUrl?.startsWith('https://') ?? false;
}
