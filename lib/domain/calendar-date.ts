import { UTCDate } from '@date-fns/utc';
import { tz, TZDate } from '@date-fns/tz';
import {
  addDays as addDaysToDate,
  addMonths as addMonthsToDate,
  compareAsc,
  differenceInCalendarDays,
  differenceInCalendarMonths,
  formatISO,
  getDate,
  getISODay,
  isValid,
} from 'date-fns';

declare const isoDateBrand: unique symbol;

/**
 * A calendar date with no time of day and no time zone, written 'YYYY-MM-DD' (ISO 8601), for
 * example '2026-03-29'. Only parseIsoDate, isIsoDate and this module's functions make one, so a
 * value of this type is always a real date.
 *
 * Massage sessions happen on days, not at instants. Doing all arithmetic on UTC dates (UTC has no
 * daylight saving) means neither a daylight-saving change nor the server's TZ setting can ever
 * move a session to another day.
 */
export type IsoDate = string & { readonly [isoDateBrand]: true };

/** ISO 8601 weekday: Monday = 1 … Sunday = 7. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const satisfies readonly Weekday[];

export const WEEKDAY_SHORT_NAMES = {
  1: 'Mon',
  2: 'Tue',
  3: 'Wed',
  4: 'Thu',
  5: 'Fri',
  6: 'Sat',
  7: 'Sun',
} as const satisfies Record<Weekday, string>;

// The domain's currency is only this shape: no times, week dates or years of 5+ digits.
const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_PARTS = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isWeekday(value: unknown): value is Weekday {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 7;
}

/** Midnight UTC of the date, or null when `value` is not a real 'YYYY-MM-DD' date (e.g. 2026-02-30). */
function readIsoDate(value: unknown): UTCDate | null {
  // Read by hand rather than by parseISO: this runs for every date the rules touch, and parseISO's
  // general grammar made the rule book's property tests five times slower.
  const parts = typeof value === 'string' ? ISO_DATE_PARTS.exec(value) : null;
  if (!parts) return null;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new UTCDate(0);
  date.setUTCFullYear(year, month - 1, day);
  // A day past the month's end rolls over into the next month: not a real date.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

function notAnIsoDate(value: string): RangeError {
  return new RangeError(`Not a valid calendar date (expected YYYY-MM-DD): "${value}"`);
}

export function isIsoDate(value: unknown): value is IsoDate {
  return readIsoDate(value) !== null;
}

/** The one way into IsoDate: returns the date unchanged when it is a real 'YYYY-MM-DD' date; throws otherwise. */
export function parseIsoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw notAnIsoDate(value);
  return value;
}

/** Still checks: an IsoDate can arrive untyped, from the database or a form, through a cast. */
function toUtcDate(date: IsoDate): UTCDate {
  const parsed = readIsoDate(date);
  if (!parsed) throw notAnIsoDate(date);
  return parsed;
}

/** The calendar date of a valid UTCDate; years outside 0000-9999 have no 'YYYY-MM-DD' form. */
function fromUtcDate(date: UTCDate): IsoDate {
  const text = date.toISOString().slice(0, 10);
  if (!ISO_DATE_SHAPE.test(text)) throw new RangeError(`Year must be 0000-9999, got ${text}`);
  return text as IsoDate;
}

function assertWholeNumber(value: number, name: string): void {
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be a whole number, got ${value}`);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  assertWholeNumber(days, 'days');
  return fromUtcDate(addDaysToDate(toUtcDate(date), days));
}

/**
 * Moves by calendar months and clamps to the end of a shorter month, the way people count
 * "a month later": 2026-01-31 + 1 month = 2026-02-28, 2028-01-31 + 1 month = 2028-02-29.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  assertWholeNumber(months, 'months');
  return fromUtcDate(addMonthsToDate(toUtcDate(date), months));
}

/** b − a in whole days: daysBetween('2026-03-01', '2026-03-03') = 2. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return differenceInCalendarDays(toUtcDate(b), toUtcDate(a));
}

/** b's month − a's month, ignoring the day: calendarMonthsBetween('2026-01-31', '2026-02-01') = 1. */
export function calendarMonthsBetween(a: IsoDate, b: IsoDate): number {
  return differenceInCalendarMonths(toUtcDate(b), toUtcDate(a));
}

/** 1-31. */
export function dayOfMonth(date: IsoDate): number {
  return getDate(toUtcDate(date));
}

export function isoWeekday(date: IsoDate): Weekday {
  return getISODay(toUtcDate(date)) as Weekday;
}

export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return compareAsc(toUtcDate(a), toUtcDate(b)) as -1 | 0 | 1;
}

/**
 * The calendar date of a Date by its UTC components. Prisma returns `@db.Date` columns as UTC
 * midnight, so reading local components would shift them a day west of Greenwich.
 * Not for "what day is it now at the clinic": use todayIn for that.
 */
export function toIsoDate(date: Date): IsoDate {
  if (!isValid(date)) throw new RangeError('Cannot convert an invalid Date');
  return fromUtcDate(new UTCDate(date));
}

/** UTC midnight of the date: what Prisma expects for a `@db.Date` column. */
export function fromIsoDate(date: IsoDate): Date {
  return new Date(toUtcDate(date).getTime());
}

/** Whether `timeZone` is a time zone this runtime knows, e.g. 'Europe/Berlin'. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar date it is in an IANA time zone (e.g. 'Europe/Berlin') at the instant `now`. */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  if (!isValid(now)) throw new RangeError('Cannot read the date of an invalid Date');
  if (!isTimeZone(timeZone)) throw new RangeError(`Unknown IANA time zone: "${timeZone}"`);
  return parseIsoDate(formatISO(now, { representation: 'date', in: tz(timeZone) }));
}

/** The instant a calendar date begins in an IANA time zone: for a day's worth of timestamps. */
export function startOfDayIn(date: IsoDate, timeZone: string): Date {
  if (!isTimeZone(timeZone)) throw new RangeError(`Unknown IANA time zone: "${timeZone}"`);
  const day = toUtcDate(date);
  return new Date(new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), timeZone).getTime());
}

/**
 * The instant a wall-clock time (minutes after midnight) of a calendar date falls on in an IANA
 * time zone: a clinic session's start or end, right on the days the clocks change too.
 */
export function instantAt(date: IsoDate, minuteOfDay: number, timeZone: string): Date {
  if (!isTimeZone(timeZone)) throw new RangeError(`Unknown IANA time zone: "${timeZone}"`);
  const day = toUtcDate(date);
  const wallClock = new TZDate(
    day.getUTCFullYear(),
    day.getUTCMonth(),
    day.getUTCDate(),
    Math.floor(minuteOfDay / 60),
    minuteOfDay % 60,
    timeZone,
  );
  return new Date(wallClock.getTime());
}
