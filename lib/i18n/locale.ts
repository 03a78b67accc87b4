import 'server-only';
import { headers } from 'next/headers';

const FALLBACK_LOCALE = 'en-GB';

/** The reader's preferred locale from Accept-Language, for formatting dates and numbers. */
export async function getRequestLocale(): Promise<string> {
  const header = (await headers()).get('accept-language') ?? '';
  const first = header.split(',')[0]?.split(';')[0]?.trim();
  if (!first) return FALLBACK_LOCALE;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([first])[0] ?? FALLBACK_LOCALE;
  } catch {
    return FALLBACK_LOCALE;
  }
}
