import { addDays, isoWeekday, type IsoDate } from './calendar-date';
import { percentOf, type OutcomeCounts } from './rates';

/**
 * The clinic dashboard's periods and rates (issue 10, "Clinic dashboard"). The counts come from
 * the database; what they mean is decided here, so the dashboard and its lists agree.
 */

export type DateRange = { from: IsoDate; to: IsoDate };

/** The clinic's week around `today`: Monday to Sunday. */
export function weekOf(today: IsoDate): DateRange {
  const monday = addDays(today, 1 - isoWeekday(today));
  return { from: monday, to: addDays(monday, 6) };
}

/** How many days back the rates look. */
export const RATE_WINDOW_DAYS = 28;

/**
 * The rates' period: the last four weeks up to yesterday. Today is left out because its sessions
 * are still being recorded; a session of the period still not recorded is overdue.
 */
export function rateWindow(today: IsoDate): DateRange {
  return { from: addDays(today, -RATE_WINDOW_DAYS), to: addDays(today, -1) };
}

/** Each outcome's share of the sessions whose day came in the period, in whole percent (null: none). */
export function outcomeRates(counts: OutcomeCounts): Record<keyof OutcomeCounts, number | null> {
  const total = counts.done + counts.missed + counts.postponed + counts.unrecorded;
  return {
    done: percentOf(counts.done, total),
    missed: percentOf(counts.missed, total),
    postponed: percentOf(counts.postponed, total),
    unrecorded: percentOf(counts.unrecorded, total),
  };
}
