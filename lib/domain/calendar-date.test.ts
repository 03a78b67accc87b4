import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareIsoDates,
  daysBetween,
  fromIsoDate,
  instantAt,
  isIsoDate,
  isoWeekday,
  parseIsoDate,
  startOfDayIn,
  toIsoDate,
  todayIn,
  WEEKDAYS,
} from './calendar-date';

describe('parseIsoDate / isIsoDate', () => {
  it('accepts real dates, including leap days', () => {
    expect(parseIsoDate('2026-03-29')).toBe('2026-03-29');
    expect(parseIsoDate('2028-02-29')).toBe('2028-02-29');
    expect(parseIsoDate('2000-02-29')).toBe('2000-02-29');
    expect(isIsoDate('2026-12-31')).toBe(true);
  });

  const notDates = [
    '2026-02-30',
    '2026-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-2-3',
    ' 2026-01-01',
    '2026-01-01T00:00:00Z',
    '',
  ];
  it.each(notDates)('rejects %j', (value) => {
    expect(isIsoDate(value)).toBe(false);
    expect(() => parseIsoDate(value)).toThrow(/Not a valid calendar date/);
  });

  it('rejects values that are not strings', () => {
    expect(isIsoDate(20260329)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays(parseIsoDate('2026-01-31'), 1)).toBe('2026-02-01');
    expect(addDays(parseIsoDate('2026-02-28'), 1)).toBe('2026-03-01');
    expect(addDays(parseIsoDate('2028-02-28'), 1)).toBe('2028-02-29');
    expect(addDays(parseIsoDate('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addDays(parseIsoDate('2027-01-01'), -1)).toBe('2026-12-31');
    expect(addDays(parseIsoDate('2026-03-13'), 60)).toBe('2026-05-12');
  });

  it('gives consecutive days across the 2026 daylight-saving changes', () => {
    expect(addDays(parseIsoDate('2026-03-28'), 1)).toBe('2026-03-29'); // Europe springs forward on 03-29
    expect(addDays(parseIsoDate('2026-03-29'), 1)).toBe('2026-03-30');
    expect(addDays(parseIsoDate('2026-03-08'), 1)).toBe('2026-03-09'); // USA springs forward on 03-08
    expect(addDays(parseIsoDate('2026-10-25'), 1)).toBe('2026-10-26'); // Europe falls back on 10-25
    expect(addDays(parseIsoDate('2026-11-01'), 1)).toBe('2026-11-02'); // USA falls back on 11-01
  });

  it('refuses fractional days', () => {
    expect(() => addDays(parseIsoDate('2026-03-01'), 1.5)).toThrow(/whole number/);
  });
});

describe('addMonths', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonths(parseIsoDate('2026-01-31'), 1)).toBe('2026-02-28');
    expect(addMonths(parseIsoDate('2028-01-31'), 1)).toBe('2028-02-29');
    expect(addMonths(parseIsoDate('2026-03-31'), 1)).toBe('2026-04-30');
    expect(addMonths(parseIsoDate('2026-03-31'), -1)).toBe('2026-02-28');
    expect(addMonths(parseIsoDate('2026-11-30'), 3)).toBe('2027-02-28');
    expect(addMonths(parseIsoDate('2028-02-29'), 12)).toBe('2029-02-28');
  });

  it('moves across years both ways', () => {
    expect(addMonths(parseIsoDate('2026-10-15'), 3)).toBe('2027-01-15');
    expect(addMonths(parseIsoDate('2026-01-15'), -1)).toBe('2025-12-15');
    expect(addMonths(parseIsoDate('2026-01-15'), -13)).toBe('2024-12-15');
  });
});

describe('daysBetween', () => {
  it('is b minus a in whole days', () => {
    expect(daysBetween(parseIsoDate('2026-03-01'), parseIsoDate('2026-03-03'))).toBe(2);
    expect(daysBetween(parseIsoDate('2026-03-03'), parseIsoDate('2026-03-01'))).toBe(-2);
    expect(daysBetween(parseIsoDate('2026-01-01'), parseIsoDate('2027-01-01'))).toBe(365);
    expect(daysBetween(parseIsoDate('2028-01-01'), parseIsoDate('2029-01-01'))).toBe(366);
    // 23-hour and 25-hour local days still count as one day each.
    expect(daysBetween(parseIsoDate('2026-03-28'), parseIsoDate('2026-03-30'))).toBe(2);
    expect(daysBetween(parseIsoDate('2026-10-24'), parseIsoDate('2026-10-26'))).toBe(2);
  });
});

describe('isoWeekday', () => {
  it('numbers Monday 1 to Sunday 7', () => {
    expect(isoWeekday(parseIsoDate('2026-03-02'))).toBe(1);
    expect(isoWeekday(parseIsoDate('2026-03-04'))).toBe(3);
    expect(isoWeekday(parseIsoDate('2026-03-08'))).toBe(7);
    expect(isoWeekday(parseIsoDate('2000-01-01'))).toBe(6);
    expect(isoWeekday(parseIsoDate('1970-01-01'))).toBe(4);
    expect(isoWeekday(parseIsoDate('1969-12-31'))).toBe(3);
    expect(isoWeekday(parseIsoDate('2028-02-29'))).toBe(2);
  });

  it('lists the weekdays in ISO order', () => {
    expect(WEEKDAYS).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('compareIsoDates', () => {
  it('orders dates', () => {
    expect(compareIsoDates(parseIsoDate('2026-03-01'), parseIsoDate('2026-03-02'))).toBe(-1);
    expect(compareIsoDates(parseIsoDate('2026-03-02'), parseIsoDate('2026-03-02'))).toBe(0);
    expect(compareIsoDates(parseIsoDate('2027-01-01'), parseIsoDate('2026-12-31'))).toBe(1);
    expect(['2026-03-10', '2025-12-31', '2026-03-02'].map(parseIsoDate).sort(compareIsoDates)).toEqual([
      '2025-12-31',
      '2026-03-02',
      '2026-03-10',
    ]);
  });
});

describe('toIsoDate / fromIsoDate', () => {
  it('reads a @db.Date value (UTC midnight) as its calendar date', () => {
    expect(toIsoDate(new Date('2026-03-29T00:00:00.000Z'))).toBe('2026-03-29');
    expect(toIsoDate(new Date('2026-03-29T23:59:59.999Z'))).toBe('2026-03-29');
  });

  it('writes UTC midnight', () => {
    expect(fromIsoDate(parseIsoDate('2026-03-29')).toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(fromIsoDate(parseIsoDate('2028-02-29')).toISOString()).toBe('2028-02-29T00:00:00.000Z');
    // Guards against Date.UTC mapping years 0-99 to 1900-1999.
    expect(fromIsoDate(parseIsoDate('0050-06-15')).toISOString()).toBe('0050-06-15T00:00:00.000Z');
  });

  it('refuses an invalid Date', () => {
    expect(() => toIsoDate(new Date('not a date'))).toThrow(/invalid Date/);
  });
});

describe('todayIn', () => {
  // 23:30 UTC on the day Europe moved to summer time: already the next day in Berlin (UTC+2).
  const lateEveningUtc = new Date('2026-03-29T23:30:00.000Z');

  it('gives the calendar date in the requested zone', () => {
    expect(todayIn('UTC', lateEveningUtc)).toBe('2026-03-29');
    expect(todayIn('Europe/Berlin', lateEveningUtc)).toBe('2026-03-30');
    expect(todayIn('America/New_York', lateEveningUtc)).toBe('2026-03-29');
    expect(todayIn('Pacific/Kiritimati', lateEveningUtc)).toBe('2026-03-30');
    expect(todayIn('America/Los_Angeles', new Date('2026-01-01T07:59:00.000Z'))).toBe('2025-12-31');
  });

  it('rejects an unknown zone', () => {
    expect(() => todayIn('Mars/Olympus_Mons', lateEveningUtc)).toThrow(/Unknown IANA time zone/);
  });
});

describe('startOfDayIn', () => {
  it('gives the instant the day begins in the zone, across a daylight-saving change', () => {
    expect(startOfDayIn(parseIsoDate('2026-03-29'), 'UTC').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    // Berlin is UTC+1 at midnight of the day it moves to summer time, UTC+2 the day after.
    expect(startOfDayIn(parseIsoDate('2026-03-29'), 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDayIn(parseIsoDate('2026-03-30'), 'Europe/Berlin').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfDayIn(parseIsoDate('2026-01-01'), 'America/Los_Angeles').toISOString()).toBe(
      '2026-01-01T08:00:00.000Z',
    );
  });

  it('rejects an unknown zone', () => {
    expect(() => startOfDayIn(parseIsoDate('2026-03-29'), 'Mars/Olympus_Mons')).toThrow(/Unknown IANA time zone/);
  });
});

describe('instantAt', () => {
  it('gives the instant of a wall-clock time of the day in the zone, on either side of a clock change', () => {
    // 10:30 in Berlin: UTC+1 the day before summer time, UTC+2 on the day itself.
    expect(instantAt(parseIsoDate('2026-03-28'), 630, 'Europe/Berlin').toISOString()).toBe('2026-03-28T09:30:00.000Z');
    expect(instantAt(parseIsoDate('2026-03-29'), 630, 'Europe/Berlin').toISOString()).toBe('2026-03-29T08:30:00.000Z');
    expect(instantAt(parseIsoDate('2026-11-25'), 0, 'UTC').toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });

  it('rejects an unknown zone', () => {
    expect(() => instantAt(parseIsoDate('2026-03-29'), 600, 'Mars/Olympus_Mons')).toThrow(/Unknown IANA time zone/);
  });
});
