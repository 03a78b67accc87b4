import { describe, expect, it } from 'vitest';
import { translatable } from '@/lib/i18n/translatable';
import { translatorFor } from '@/lib/i18n/translator';
import { parseIsoDate } from './calendar-date';
import {
  findClash,
  findTimeProblem,
  formatMinute,
  freeStarts,
  isWithinOpeningHours,
  nearestStart,
  overlaps,
  parseMinute,
  placeSessions,
  sessionSpan,
  slotsOfDay,
  type Booking,
  type ClinicDay,
} from './clinic-day';

const d = parseIsoDate;
// 2026-03-02 is a Monday, 2026-03-07 a Saturday.
const MONDAY = d('2026-03-02');
const TUESDAY = d('2026-03-03');
const SATURDAY = d('2026-03-07');

const weekdayHours = { opens: 8 * 60, closes: 11 * 60 };
const CLINIC: ClinicDay = {
  openingHours: {
    1: weekdayHours,
    2: weekdayHours,
    3: weekdayHours,
    4: weekdayHours,
    5: weekdayHours,
    6: null,
    7: null,
  },
  slotMinutes: 30,
  rooms: [],
};
const ANNA = { therapistId: 'anna', room: null };
const booking = (
  date: string,
  from: string,
  to: string,
  therapistId = 'anna',
  room: string | null = null,
): Booking => ({
  date: d(date),
  start: parseMinute(from) as number,
  end: parseMinute(to) as number,
  therapistId,
  room,
});

describe('clock times', () => {
  it('reads and writes 24-hour times', () => {
    expect(parseMinute('09:30')).toBe(570);
    expect(parseMinute('24:00')).toBeNull();
    expect(parseMinute('9:30')).toBeNull();
    expect(formatMinute(570)).toBe('09:30');
    expect(formatMinute(0)).toBe('00:00');
  });
});

describe('opening hours and slots', () => {
  it('cuts a day into slots that end by closing time', () => {
    expect(slotsOfDay(CLINIC, MONDAY).map(formatMinute)).toEqual([
      '08:00',
      '08:30',
      '09:00',
      '09:30',
      '10:00',
      '10:30',
    ]);
    expect(slotsOfDay({ ...CLINIC, slotMinutes: 40 }, MONDAY).map(formatMinute)).toEqual([
      '08:00',
      '08:40',
      '09:20',
      '10:00',
    ]);
  });

  it('has no slot on a closed day', () => {
    expect(slotsOfDay(CLINIC, SATURDAY)).toEqual([]);
    expect(isWithinOpeningHours(CLINIC, SATURDAY, 540, 570)).toBe(false);
  });

  it('keeps a session within the hours', () => {
    expect(isWithinOpeningHours(CLINIC, MONDAY, 480, 510)).toBe(true);
    expect(isWithinOpeningHours(CLINIC, MONDAY, 630, 660)).toBe(true);
    expect(isWithinOpeningHours(CLINIC, MONDAY, 645, 675)).toBe(false);
    expect(isWithinOpeningHours(CLINIC, MONDAY, 450, 480)).toBe(false);
  });

  it('gives a session as many whole slots as its minutes need', () => {
    expect(sessionSpan(CLINIC, 5)).toBe(30);
    expect(sessionSpan(CLINIC, 30)).toBe(30);
    expect(sessionSpan(CLINIC, 31)).toBe(60);
  });
});

describe('overlap', () => {
  it('treats times as half-open: one ending at 9:00 and one starting at 9:00 do not overlap', () => {
    expect(overlaps({ start: 510, end: 540 }, { start: 540, end: 570 })).toBe(false);
    expect(overlaps({ start: 510, end: 541 }, { start: 540, end: 570 })).toBe(true);
    expect(overlaps({ start: 480, end: 600 }, { start: 540, end: 570 })).toBe(true);
  });

  it('clashes with the same therapist or the same room, on the same day only', () => {
    const bookings = [booking('2026-03-02', '09:00', '09:30', 'boris', 'Room 1')];
    const at = { date: MONDAY, start: 540, end: 570 };
    expect(findClash({ ...at, therapistId: 'anna', room: null }, bookings)).toBeNull();
    expect(findClash({ ...at, therapistId: 'anna', room: 'Room 1' }, bookings)).toEqual(bookings[0]);
    expect(findClash({ ...at, therapistId: 'boris', room: null }, bookings)).toEqual(bookings[0]);
    expect(findClash({ ...at, date: TUESDAY, therapistId: 'boris', room: null }, bookings)).toBeNull();
  });

  it('says why a time cannot be booked', () => {
    const bookings = [booking('2026-03-02', '09:00', '09:30')];
    expect(findTimeProblem(CLINIC, { date: MONDAY, start: 540, end: 570, ...ANNA }, bookings)).toBe(
      translatable('prescription.times.therapistBusy', { start: '09:00', end: '09:30' }),
    );
    expect(findTimeProblem(CLINIC, { date: SATURDAY, start: 540, end: 570, ...ANNA }, bookings)).toBe(
      translatable('prescription.times.closed'),
    );
    expect(findTimeProblem(CLINIC, { date: MONDAY, start: 660, end: 690, ...ANNA }, [])).toBe(
      translatable('prescription.times.outsideHours', {
        start: '11:00',
        end: '11:30',
        opens: '08:00',
        closes: '11:00',
      }),
    );
    expect(findTimeProblem(CLINIC, { date: MONDAY, start: 570, end: 600, ...ANNA }, bookings)).toBeNull();
  });

  it('names a busy room, and says it in either language', () => {
    const bookings = [booking('2026-03-02', '09:00', '09:30', 'boris', 'Blue room')];
    const problem = findTimeProblem(
      CLINIC,
      { date: MONDAY, start: 540, end: 570, ...ANNA, room: 'Blue room' },
      bookings,
    );
    expect(translatorFor('en')(problem ?? '')).toBe(
      'The room “Blue room” already has a session from 09:00 to 09:30: choose another time.',
    );
    expect(translatorFor('ru')(problem ?? '')).toBe(
      'В кабинете «Blue room» уже есть сеанс с 09:00 до 09:30: выберите другое время.',
    );
    const outside = findTimeProblem(CLINIC, { date: MONDAY, start: 660, end: 690, ...ANNA }, []);
    expect(translatorFor('ru')(outside ?? '')).toBe(
      'Время с 11:00 до 11:30 выходит за часы работы клиники (08:00–11:00).',
    );
  });
});

describe('free slots', () => {
  it('leaves out the therapist’s booked times and what would run past closing', () => {
    const bookings = [booking('2026-03-02', '09:00', '09:30'), booking('2026-03-02', '08:00', '08:30', 'boris')];
    expect(freeStarts(CLINIC, MONDAY, 30, bookings, ANNA).map(formatMinute)).toEqual([
      '08:00',
      '08:30',
      '09:30',
      '10:00',
      '10:30',
    ]);
    expect(freeStarts(CLINIC, MONDAY, 60, bookings, ANNA).map(formatMinute)).toEqual(['08:00', '09:30', '10:00']);
  });

  it('picks the nearest free start, the earlier of two equally near', () => {
    expect(nearestStart([480, 510, 600], 540)).toBe(510);
    expect(nearestStart([480, 600], 540)).toBe(480);
    expect(nearestStart([], 540)).toBeNull();
  });
});

describe('placing a course’s sessions', () => {
  it('keeps the chosen time where free, otherwise the nearest free slot that day', () => {
    const bookings = [booking('2026-03-03', '09:00', '09:30')];
    const placed = placeSessions(CLINIC, [MONDAY, TUESDAY], 540, 30, bookings, ANNA);
    expect(placed?.map((session) => [session.date, formatMinute(session.start), formatMinute(session.end)])).toEqual([
      ['2026-03-02', '09:00', '09:30'],
      ['2026-03-03', '08:30', '09:00'],
    ]);
  });

  it('moves a session on a closed or full day to the next day with a free slot', () => {
    const fullTuesday = slotsOfDay(CLINIC, TUESDAY).map((start) => ({
      date: TUESDAY,
      start,
      end: start + 30,
      ...ANNA,
    }));
    const placed = placeSessions(CLINIC, [SATURDAY, d('2026-03-09')], 540, 30, [], ANNA);
    expect(placed?.map((session) => [session.plannedOn, session.date])).toEqual([
      ['2026-03-07', '2026-03-09'],
      ['2026-03-09', '2026-03-10'],
    ]);
    expect(placeSessions(CLINIC, [TUESDAY], 540, 30, fullTuesday, ANNA)?.[0]?.date).toBe('2026-03-04');
  });

  it('gives up when no slot is free within two weeks', () => {
    const closed: ClinicDay = {
      ...CLINIC,
      openingHours: { 1: null, 2: null, 3: null, 4: null, 5: null, 6: null, 7: null },
    };
    expect(placeSessions(closed, [MONDAY], 540, 30, [], ANNA)).toBeNull();
  });
});
