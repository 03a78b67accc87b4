/**
 * The interface languages and how a request picks one. Pure (no Next), so the proxy, the server,
 * the client and the tests share it. The language is never in the address: it is the user's saved
 * choice, else the cookie an anonymous visitor's choice left, else the browser's Accept-Language.
 */
export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The cookie that remembers a visitor's choice (a signed-in user's is saved on the account too). */
export const LOCALE_COOKIE = 'locale';

/**
 * next-intl's time zone: the only dates its messages format are calendar dates (a session's day,
 * `{date, date, medium}`), stored as UTC midnight, so UTC keeps them on their day wherever the
 * reader is. Instants are formatted in the clinic's zone by lib/i18n/format.ts, never by a message.
 */
export const MESSAGE_TIME_ZONE = 'UTC';

/** Each language's own name, as the switcher shows it (never translated: a reader finds their own). */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский' };

/** The region used for dates and numbers when the browser names none in the interface's language. */
const DEFAULT_REGION: Record<Locale, string> = { en: 'en-GB', ru: 'ru-RU' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

type LanguageRange = { tag: string; quality: number };

/** Accept-Language's ranges, best first ("ru-RU,ru;q=0.9,en;q=0.8"). */
function parseAcceptLanguage(header: string | null | undefined): LanguageRange[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0 };
    })
    .filter((range) => range.tag !== '' && range.tag !== '*' && range.quality > 0)
    .sort((a, b) => b.quality - a.quality);
}

function languageOf(tag: string): string {
  return tag.split('-')[0]?.toLowerCase() ?? '';
}

/** The interface language: the saved choice, the cookie's, the browser's first supported one, English. */
export function negotiateLocale(choice: {
  saved?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}): Locale {
  if (isLocale(choice.saved)) return choice.saved;
  if (isLocale(choice.cookie)) return choice.cookie;
  for (const range of parseAcceptLanguage(choice.acceptLanguage)) {
    const language = languageOf(range.tag);
    if (isLocale(language)) return language;
  }
  return DEFAULT_LOCALE;
}

/**
 * The BCP 47 tag dates and numbers are formatted with: the browser's own region when it asks for
 * the interface's language (en-US readers keep their month-day order), else the language's
 * default. Never another language's: an English page never shows Russian month names.
 */
export function formattingLocale(locale: Locale, acceptLanguage: string | null | undefined): string {
  for (const range of parseAcceptLanguage(acceptLanguage)) {
    if (languageOf(range.tag) !== locale || !range.tag.includes('-')) continue;
    try {
      const [supported] = Intl.DateTimeFormat.supportedLocalesOf([range.tag]);
      if (supported) return supported;
    } catch {
      // A malformed tag: try the next one.
    }
  }
  return DEFAULT_REGION[locale];
}
