import { tz, TZDate } from '@date-fns/tz';
import { formatISO, isValid } from 'date-fns';

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
const ISO_DATE_PARTS = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isWeekday(value: unknown): value is Weekday {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 7;
}

/** A date as its year, month (1-12) and day; the arithmetic below works on these and day numbers. */
type CalendarParts = { year: number; month: number; day: number };

const MS_PER_DAY = 86_400_000;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/*
 * Days since 1970-01-01 and back, by integer arithmetic on the proleptic Gregorian calendar
 * (H. Hinnant's days_from_civil): no Date object is made. This module runs for every date a page
 * shows (an age per row of a list), and Date objects were the patient list's largest cost
 * (issue 11): Next.js wraps the global Date constructor, and date-fns' UTCDate makes several per call.
 */
function dayNumber({ year, month, day }: CalendarParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function partsOfDayNumber(days: number): CalendarParts {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day: dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1 };
}

/** The parts of a real 'YYYY-MM-DD' date, or null (e.g. 2026-02-30). */
function readIsoDate(value: unknown): CalendarParts | null {
  // Read by hand rather than by parseISO: this runs for every date the rules touch, and parseISO's
  // general grammar made the rule book's property tests five times slower.
  const parts = typeof value === 'string' ? ISO_DATE_PARTS.exec(value) : null;
  if (!parts) return null;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : null;
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
function partsOf(date: IsoDate): CalendarParts {
  const parsed = readIsoDate(date);
  if (!parsed) throw notAnIsoDate(date);
  return parsed;
}

function dayNumberOf(date: IsoDate): number {
  return dayNumber(partsOf(date));
}

/** The 'YYYY-MM-DD' of a day number; years outside 0000-9999 have no such form. */
function fromDayNumber(days: number): IsoDate {
  const { year, month, day } = partsOfDayNumber(days);
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (year < 0 || year > 9999) throw new RangeError(`Year must be 0000-9999, got ${text}`);
  return text as IsoDate;
}

function assertWholeNumber(value: number, name: string): void {
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be a whole number, got ${value}`);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  assertWholeNumber(days, 'days');
  return fromDayNumber(dayNumberOf(date) + days);
}

/**
 * Moves by calendar months and clamps to the end of a shorter month, the way people count
 * "a month later": 2026-01-31 + 1 month = 2026-02-28, 2028-01-31 + 1 month = 2028-02-29.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  assertWholeNumber(months, 'months');
  const { year, month, day } = partsOf(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const target = { year: Math.floor(monthIndex / 12), month: (((monthIndex % 12) + 12) % 12) + 1 };
  return fromDayNumber(dayNumber({ ...target, day: Math.min(day, daysInMonth(target.year, target.month)) }));
}

/** b − a in whole days: daysBetween('2026-03-01', '2026-03-03') = 2. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumberOf(b) - dayNumberOf(a);
}

/** b's month − a's month, ignoring the day: calendarMonthsBetween('2026-01-31', '2026-02-01') = 1. */
export function calendarMonthsBetween(a: IsoDate, b: IsoDate): number {
  const [from, to] = [partsOf(a), partsOf(b)];
  return (to.year - from.year) * 12 + (to.month - from.month);
}

/** 1-31. */
export function dayOfMonth(date: IsoDate): number {
  return partsOf(date).day;
}

export function isoWeekday(date: IsoDate): Weekday {
  // 1970-01-01, day 0, was a Thursday (4).
  return (((((dayNumberOf(date) + 3) % 7) + 7) % 7) + 1) as Weekday;
}

export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return Math.sign(dayNumberOf(a) - dayNumberOf(b)) as -1 | 0 | 1;
}

/**
 * The calendar date of a Date by its UTC components. Prisma returns `@db.Date` columns as UTC
 * midnight, so reading local components would shift them a day west of Greenwich.
 * Not for "what day is it now at the clinic": use todayIn for that.
 */
export function toIsoDate(date: Date): IsoDate {
  if (!isValid(date)) throw new RangeError('Cannot convert an invalid Date');
  return fromDayNumber(Math.floor(date.getTime() / MS_PER_DAY));
}

/** UTC midnight of the date: what Prisma expects for a `@db.Date` column. */
export function fromIsoDate(date: IsoDate): Date {
  return new Date(dayNumberOf(date) * MS_PER_DAY);
}

/**
 * Zones found valid, remembered: the check makes an Intl.DateTimeFormat (about 0.5 ms of CPU) and
 * every page asks what day it is at the clinic, always in the configured zone. Only zones the
 * runtime accepts are kept.
 */
const knownTimeZones = new Set<string>();

/** Whether `timeZone` is a time zone this runtime knows, e.g. 'Europe/Berlin'. */
export function isTimeZone(timeZone: string): boolean {
  if (knownTimeZones.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    return false;
  }
  knownTimeZones.add(timeZone);
  return true;
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
  const { year, month, day } = partsOf(date);
  return new Date(new TZDate(year, month - 1, day, timeZone).getTime());
}

/**
 * The instant a wall-clock time (minutes after midnight) of a calendar date falls on in an IANA
 * time zone: a clinic session's start or end, right on the days the clocks change too.
 */
export function instantAt(date: IsoDate, minuteOfDay: number, timeZone: string): Date {
  if (!isTimeZone(timeZone)) throw new RangeError(`Unknown IANA time zone: "${timeZone}"`);
  const { year, month, day } = partsOf(date);
  const wallClock = new TZDate(year, month - 1, day, Math.floor(minuteOfDay / 60), minuteOfDay % 60, timeZone);
  return new Date(wallClock.getTime());
}
