import { getRequestConfig } from 'next-intl/server';
import { getLocale } from './locale';
import { messagesFor } from './messages';

// next-intl's per-request configuration (next.config.mjs points its plugin here). Without a locale
// in the address, the locale is what getLocale negotiates.
export default getRequestConfig(async () => {
  const locale = await getLocale();
  return { locale, messages: messagesFor(locale) };
});
