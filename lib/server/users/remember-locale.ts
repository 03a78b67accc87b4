import 'server-only';
import { cookies } from 'next/headers';
import { env } from '@/lib/env';
import { usesSecureCookies } from '@/lib/auth/secure-cookies';
import { LOCALE_COOKIE, type Locale } from '@/lib/i18n/locales';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Remembers the language in this browser (the only place an anonymous visitor's choice can live). */
export async function rememberLocale(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: '/',
    maxAge: ONE_YEAR_SECONDS,
    sameSite: 'lax',
    httpOnly: true,
    secure: usesSecureCookies(env.NEXTAUTH_URL),
  });
}
