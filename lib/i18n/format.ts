import { fromIsoDate, type IsoDate } from '@/lib/domain/calendar-date';

/** Calendar dates are formatted in UTC because they are stored as UTC midnight: no zone shifts them. */
export function formatDate(date: IsoDate, locale: string, style: 'long' | 'medium' | 'short' = 'medium'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(fromIsoDate(date));
}

export function formatWeekdayDate(date: IsoDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    fromIsoDate(date),
  );
}

export function formatDateTime(instant: Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(instant);
}
