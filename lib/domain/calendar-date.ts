/**
 * A calendar date with no time of day and no time zone, written 'YYYY-MM-DD' (ISO 8601), for
 * example '2026-03-29'.
 *
 * Massage sessions happen on days, not at instants. Keeping them as plain dates and doing all
 * arithmetic on whole day numbers in UTC (which has no daylight saving) means neither a
 * daylight-saving change nor the server's TZ setting can ever move a session to another day.
 */
export type IsoDate = string;

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

export type DateParts = { year: number; month: number; day: number };

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function isWeekday(value: unknown): value is Weekday {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 7;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** month is 1-12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  const days = DAYS_IN_MONTH[month - 1];
  if (days === undefined) throw new RangeError(`Month must be 1-12, got ${month}`);
  return days;
}

function readParts(value: string): DateParts | null {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && readParts(value) !== null;
}

/** Returns the date unchanged when it is a real 'YYYY-MM-DD' date; throws otherwise (e.g. 2026-02-30). */
export function parseIsoDate(value: string): IsoDate {
  if (!isIsoDate(value)) {
    throw new RangeError(`Not a valid calendar date (expected YYYY-MM-DD): "${value}"`);
  }
  return value;
}

export function toDateParts(date: IsoDate): DateParts {
  const parts = readParts(date);
  if (!parts) throw new RangeError(`Not a valid calendar date (expected YYYY-MM-DD): "${date}"`);
  return parts;
}

export function fromDateParts({ year, month, day }: DateParts): IsoDate {
  if (!Number.isInteger(year) || year < 0 || year > 9999) {
    throw new RangeError(`Year must be 0000-9999, got ${year}`);
  }
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseIsoDate(text);
}

/** Whole days since 1970-01-01. setUTCFullYear, unlike Date.UTC, does not remap years 0-99 to 19xx. */
function toDayNumber(date: IsoDate): number {
  const { year, month, day } = toDateParts(date);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return utc.getTime() / MS_PER_DAY;
}

function fromDayNumber(dayNumber: number): IsoDate {
  const utc = new Date(dayNumber * MS_PER_DAY);
  return fromDateParts({
    year: utc.getUTCFullYear(),
    month: utc.getUTCMonth() + 1,
    day: utc.getUTCDate(),
  });
}

function assertWholeNumber(value: number, name: string): void {
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be a whole number, got ${value}`);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  assertWholeNumber(days, 'days');
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Moves by calendar months and clamps to the end of a shorter month, the way people count
 * "a month later": 2026-01-31 + 1 month = 2026-02-28, 2028-01-31 + 1 month = 2028-02-29.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  assertWholeNumber(months, 'months');
  const { year, month, day } = toDateParts(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return fromDateParts({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/** b − a in whole days: daysBetween('2026-03-01', '2026-03-03') = 2. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function isoWeekday(date: IsoDate): Weekday {
  // 1970-01-01 (day 0) was a Thursday (4); the double modulo keeps dates before 1970 positive.
  const zeroBasedFromMonday = (((toDayNumber(date) + 3) % 7) + 7) % 7;
  return (zeroBasedFromMonday + 1) as Weekday;
}

export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const difference = daysBetween(b, a);
  if (difference < 0) return -1;
  if (difference > 0) return 1;
  return 0;
}

/**
 * The calendar date of a Date by its UTC components. Prisma returns `@db.Date` columns as UTC
 * midnight, so reading local components would shift them a day west of Greenwich.
 * Not for "what day is it now at the clinic": use todayIn for that.
 */
export function toIsoDate(date: Date): IsoDate {
  if (Number.isNaN(date.getTime())) throw new RangeError('Cannot convert an invalid Date');
  return fromDateParts({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

/** UTC midnight of the date: what Prisma expects for a `@db.Date` column. */
export function fromIsoDate(date: IsoDate): Date {
  return new Date(toDayNumber(date) * MS_PER_DAY);
}

// Building an Intl.DateTimeFormat is costly compared with using one; a clinic uses one or two zones.
const formattersByZone = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const cached = formattersByZone.get(timeZone);
  if (cached) return cached;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
  } catch {
    throw new RangeError(`Unknown IANA time zone: "${timeZone}"`);
  }
  formattersByZone.set(timeZone, formatter);
  return formatter;
}

/** The calendar date it is in an IANA time zone (e.g. 'Europe/Berlin') at the instant `now`. */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  if (Number.isNaN(now.getTime())) throw new RangeError('Cannot read the date of an invalid Date');
  const parts = formatterFor(timeZone).formatToParts(now);
  const read = (type: 'year' | 'month' | 'day'): number =>
    Number(parts.find((part) => part.type === type)?.value);
  return fromDateParts({ year: read('year'), month: read('month'), day: read('day') });
}
