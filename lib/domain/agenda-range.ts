import { addDays, isoWeekday, type IsoDate } from './calendar-date';

export type AgendaRange = { from: IsoDate; days: number; previous: IsoDate; next: IsoDate };

/**
 * The days the therapist's agenda shows around `date`: that day, or its week from Monday (ISO
 * weeks, as clinics plan them), and the dates the previous and next links open.
 */
export function agendaRange(view: 'day' | 'week', date: IsoDate): AgendaRange {
  if (view === 'day') return { from: date, days: 1, previous: addDays(date, -1), next: addDays(date, 1) };
  const monday = addDays(date, 1 - isoWeekday(date));
  return { from: monday, days: 7, previous: addDays(monday, -7), next: addDays(monday, 7) };
}
