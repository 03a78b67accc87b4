import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/lib/i18n/translator';
import { parseIsoDate as iso } from './calendar-date';
import { OPEN_EVERY_DAY } from './clinic-day.fixtures';
import {
  awaitsBooking,
  isBookedOutsideHours,
  sessionTimeChoices,
  sessionTimeRefusal,
  type TimedSessionFacts,
} from './session-time';

const english = translatorFor('en');
const TODAY = iso('2026-11-21');
const tomorrowsMakeUp: TimedSessionFacts = {
  status: 'SCHEDULED',
  courseStatus: 'ACTIVE',
  location: 'CLINIC',
  therapistId: 'therapist-1',
  scheduledOn: iso('2026-11-22'),
};

describe('sessionTimeRefusal', () => {
  it('lets a clinic session to come of a running course with a therapist be booked, today included', () => {
    expect(sessionTimeRefusal(tomorrowsMakeUp, TODAY)).toBeNull();
    expect(sessionTimeRefusal({ ...tomorrowsMakeUp, scheduledOn: TODAY }, TODAY)).toBeNull();
  });

  it.each([
    ['a home session', { location: 'HOME' }, /home session/],
    ['a cancelled course', { courseStatus: 'CANCELLED' }, /not running/],
    ['a completed course', { courseStatus: 'COMPLETED' }, /not running/],
    ['a recorded session', { status: 'DONE' }, /already recorded/],
    ['a postponed session', { status: 'POSTPONED' }, /already recorded/],
    ['a day gone by', { scheduledOn: iso('2026-11-20') }, /day has passed/],
    ['no therapist', { therapistId: null }, /no therapist/],
  ] as const)('refuses %s', (_case, change, message) => {
    expect(english(sessionTimeRefusal({ ...tomorrowsMakeUp, ...change }, TODAY) ?? '')).toMatch(message);
  });
});

describe('sessionTimeChoices', () => {
  const session = { scheduledOn: iso('2026-11-22'), plannedMinutes: 20, therapistId: 'therapist-1', room: null };

  it('offers every whole slot of the open day where the therapist is free', () => {
    const booked = [{ date: iso('2026-11-22'), start: 9 * 60, end: 10 * 60, therapistId: 'therapist-1', room: null }];
    const { span, starts } = sessionTimeChoices(OPEN_EVERY_DAY, session, booked);
    expect(span).toBe(30);
    expect(starts).toContain(8 * 60 + 30);
    expect(starts).not.toContain(9 * 60);
    expect(starts).not.toContain(9 * 60 + 30);
    expect(starts).toContain(10 * 60);
    // The last start still ends by closing time (20:00).
    expect(starts.at(-1)).toBe(19 * 60 + 30);
  });

  it("ignores other therapists' sessions, and a closed day offers nothing", () => {
    const other = [{ date: iso('2026-11-22'), start: 9 * 60, end: 10 * 60, therapistId: 'therapist-2', room: null }];
    expect(sessionTimeChoices(OPEN_EVERY_DAY, session, other).starts).toContain(9 * 60);
    const closed = { ...OPEN_EVERY_DAY, openingHours: { ...OPEN_EVERY_DAY.openingHours, 7: null } };
    // 22 November 2026 is a Sunday.
    expect(sessionTimeChoices(closed, session, []).starts).toEqual([]);
  });
});

describe('awaitsBooking', () => {
  it('holds a bookable session with no time, and lets it go once booked', () => {
    expect(awaitsBooking({ ...tomorrowsMakeUp, startMinute: null }, TODAY)).toBe(true);
    expect(awaitsBooking({ ...tomorrowsMakeUp, startMinute: 9 * 60 }, TODAY)).toBe(false);
  });

  it('leaves out what nobody could book: a home session, a day gone by, a recorded session', () => {
    expect(awaitsBooking({ ...tomorrowsMakeUp, location: 'HOME', startMinute: null }, TODAY)).toBe(false);
    expect(awaitsBooking({ ...tomorrowsMakeUp, scheduledOn: iso('2026-11-20'), startMinute: null }, TODAY)).toBe(false);
    expect(awaitsBooking({ ...tomorrowsMakeUp, status: 'DONE', startMinute: null }, TODAY)).toBe(false);
  });
});

describe('isBookedOutsideHours', () => {
  // OPEN_EVERY_DAY opens 08:00 to 20:00; 22 November 2026 is a Sunday.
  const sunday = { scheduledOn: iso('2026-11-22'), startMinute: 18 * 60, endMinute: 18 * 60 + 30 };
  const closedSunday = { ...OPEN_EVERY_DAY, openingHours: { ...OPEN_EVERY_DAY.openingHours, 7: null } };
  const shortSunday = {
    ...OPEN_EVERY_DAY,
    openingHours: { ...OPEN_EVERY_DAY.openingHours, 7: { opens: 480, closes: 1080 } },
  };

  it('keeps a time within the hours, up to closing time itself', () => {
    expect(isBookedOutsideHours(OPEN_EVERY_DAY, sunday)).toBe(false);
    expect(isBookedOutsideHours(shortSunday, { ...sunday, startMinute: 1050, endMinute: 1080 })).toBe(false);
  });

  it('finds a time the new hours leave out: a day now closed, or a session ending after closing', () => {
    expect(isBookedOutsideHours(closedSunday, sunday)).toBe(true);
    expect(isBookedOutsideHours(shortSunday, sunday)).toBe(true);
  });

  it('has nothing to say of a session with no time', () => {
    expect(isBookedOutsideHours(closedSunday, { ...sunday, startMinute: null, endMinute: null })).toBe(false);
  });
});
