import { fromIsoDate, type IsoDate } from '@/lib/domain/calendar-date';

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Locales come from supportedLocalesOf and zones from the settings, so few; the bound is a backstop. */
const MAX_FORMATTERS = 500;

/**
 * One Intl.DateTimeFormat per locale and options, made once: making one costs about 0.5 ms of CPU
 * (ICU loads the locale's patterns), formatting with it about 0.01 ms, and a list page formats
 * a date per row (issue 11: the patient list spent more CPU here than anywhere else).
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Calendar dates are formatted in UTC because they are stored as UTC midnight: no zone shifts them. */
export function formatDate(date: IsoDate, locale: string, style: 'long' | 'medium' | 'short' = 'medium'): string {
  return dateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(fromIsoDate(date));
}

export function formatWeekdayDate(date: IsoDate, locale: string): string {
  return dateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    fromIsoDate(date),
  );
}

export function formatDateTime(instant: Date, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(instant);
}
