import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { getSavedLocale } from '@/lib/auth/session';
import { formattingLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from './locales';

/**
 * This request's interface language: the signed-in user's saved choice, else the cookie, else the
 * browser's Accept-Language (lib/i18n/locales.ts). Once per request.
 */
export const getLocale = cache(async (): Promise<Locale> => {
  const [cookieStore, headerList, saved] = await Promise.all([cookies(), headers(), getSavedLocale()]);
  return negotiateLocale({
    saved,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get('accept-language'),
  });
});

/**
 * The language the cookie or the browser asks for, without the account's saved choice: for an
 * answer that must not touch the database (it is down, or the proxy refused the request).
 */
export async function getVisitorLocale(): Promise<Locale> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return negotiateLocale({
    saved: null,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get('accept-language'),
  });
}

/** The BCP 47 tag for this request's dates and numbers: always in the interface's language. */
export async function getRequestLocale(): Promise<string> {
  const [locale, headerList] = await Promise.all([getLocale(), headers()]);
  return formattingLocale(locale, headerList.get('accept-language'));
}
