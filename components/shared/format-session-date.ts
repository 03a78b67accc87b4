import { fromIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { dateTimeFormat } from '@/lib/i18n/format';

/**
 * A session day in the reader's locale with its weekday and year ("Tue, 3 Mar 2026" in en-GB):
 * the weekday is what families plan by, the year keeps a course across New Year unambiguous.
 * In UTC because calendar dates are kept as UTC midnight (see lib/i18n/format.ts).
 */
export function formatSessionDate(date: IsoDate, locale: string): string {
  return dateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(fromIsoDate(date));
}
