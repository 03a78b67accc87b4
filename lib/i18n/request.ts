import { getRequestConfig } from 'next-intl/server';
import { getLocale } from './locale';
import { isLocale, MESSAGE_TIME_ZONE } from './locales';
import { messagesFor } from './messages';

// next-intl's per-request configuration (next.config.mjs points its plugin here). Without a locale
// in the address, the locale is what getLocale negotiates, unless a cached component named one
// with setRequestLocale (it may not read the request's cookies or headers).
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : await getLocale();
  return { locale, messages: messagesFor(locale), timeZone: MESSAGE_TIME_ZONE };
});
