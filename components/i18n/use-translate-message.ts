import { useLocale, useTranslations } from 'next-intl';
import { translateMessage } from '@/lib/i18n/translatable';

/**
 * Reads a message made where the reader's language was unknown (a catalog reference from
 * lib/domain, lib/i18n/translatable.ts) in the page's language. Server and client components
 * alike; in the browser the route's layout must give the keys the references name.
 */
export function useTranslateMessage(): (message: string) => string {
  const t = useTranslations();
  const locale = useLocale();
  return (message) => translateMessage(message, (key, params) => t(key as never, params as never), locale);
}
