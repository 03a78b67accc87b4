import { fromIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import type { SessionTime } from '@/lib/domain/clinic-day';
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

export type { SessionTime } from '@/lib/domain/clinic-day';

/**
 * "09:00–09:30, Blue room", or null for a clinic session booked before sessions had times (the
 * migration left those without one rather than guess): the caller says so, as common.timeNotSet
 * or in its own words. In the reader's locale's clock.
 */
export function formatSessionTime(time: SessionTime, locale: string): string | null {
  if (time.startMinute === null || time.endMinute === null) return null;
  const clock = (minute: number) =>
    new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2000, 0, 1, 0, minute)),
    );
  const span = `${clock(time.startMinute)}–${clock(time.endMinute)}`;
  return time.room ? `${span}, ${time.room}` : span;
}
