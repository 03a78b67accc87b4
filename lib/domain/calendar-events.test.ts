import { describe, expect, it } from 'vitest';
import { parseIsoDate as iso } from './calendar-date';
import {
  ALL_DAY_REMINDER_MINUTES,
  sessionCalendarEvent,
  sessionTiming,
  TIMED_REMINDER_MINUTES,
  type CalendarSession,
} from './calendar-events';
import { calendarWords } from '@/lib/i18n/calendar-words';

const TODAY = iso('2026-11-21');
const PLACE = { clinicName: 'Sunny clinic', clinicAddress: '1 Park Road\nLeeds' };
const EN = calendarWords('en');
const RU = calendarWords('ru');

function session(overrides: Partial<CalendarSession> = {}): CalendarSession {
  return {
    id: 'ses1',
    scheduledOn: iso('2026-11-23'),
    startMinute: null,
    endMinute: null,
    plannedMinutes: 12,
    location: 'CLINIC',
    status: 'SCHEDULED',
    courseStatus: 'ACTIVE',
    isMakeUp: false,
    childName: 'Mia',
    ...overrides,
  };
}

describe('sessionCalendarEvent', () => {
  it('makes a clinic session an all-day event at the clinic, reminded at 18:00 the evening before', () => {
    expect(sessionCalendarEvent(session(), PLACE, EN, 'Europe/London', TODAY)).toEqual({
      uid: 'session-ses1@infant-massage-clinic',
      summary: 'Massage for Mia (12 min)',
      location: 'Sunny clinic, 1 Park Road, Leeds',
      description: 'Session at the clinic. Planned length: 12 minutes.',
      timing: { kind: 'ALL_DAY', date: '2026-11-23', endDate: '2026-11-24' },
      status: 'CONFIRMED',
      reminderMinutesBefore: ALL_DAY_REMINDER_MINUTES,
      reminder: 'Tomorrow: Massage for Mia (12 min)',
    });
    expect(ALL_DAY_REMINDER_MINUTES).toBe(360);
  });

  it('places a home session at home, and names a make-up', () => {
    const event = sessionCalendarEvent(
      session({ location: 'HOME', isMakeUp: true }),
      PLACE,
      EN,
      'Europe/London',
      TODAY,
    );
    expect(event.location).toBe('Home');
    expect(event.summary).toBe('Massage for Mia (12 min), make-up');
    expect(event.description).toContain('makes up for one that was missed or postponed');
  });

  it('gives the clinic name alone when no address is set', () => {
    expect(
      sessionCalendarEvent(session(), { clinicName: 'Sunny clinic', clinicAddress: '' }, EN, 'UTC', TODAY).location,
    ).toBe('Sunny clinic');
  });

  it('keeps the UID when the session moves, so the calendar updates the event in place', () => {
    const before = sessionCalendarEvent(session(), PLACE, EN, 'UTC', TODAY);
    const moved = sessionCalendarEvent(session({ scheduledOn: iso('2026-11-25') }), PLACE, EN, 'UTC', TODAY);
    expect(moved.uid).toBe(before.uid);
    expect(moved.timing).toEqual({ kind: 'ALL_DAY', date: '2026-11-25', endDate: '2026-11-26' });
  });

  it.each([
    [{ status: 'MISSED' as const }, 'Massage for Mia (12 min): missed'],
    [{ status: 'POSTPONED' as const }, 'Massage for Mia (12 min): postponed'],
    [{ courseStatus: 'CANCELLED' as const }, 'Massage for Mia (12 min): course cancelled'],
  ])('cancels a session that will not take place (%o)', (change, summary) => {
    const event = sessionCalendarEvent(session(change), PLACE, EN, 'UTC', TODAY);
    expect(event).toMatchObject({ status: 'CANCELLED', summary, uid: 'session-ses1@infant-massage-clinic' });
  });

  it('keeps a done session, and a session of a cancelled course that was done', () => {
    expect(sessionCalendarEvent(session({ status: 'DONE' }), PLACE, EN, 'UTC', TODAY).status).toBe('CONFIRMED');
    expect(
      sessionCalendarEvent(session({ status: 'DONE', courseStatus: 'CANCELLED' }), PLACE, EN, 'UTC', TODAY).status,
    ).toBe('CONFIRMED');
  });
});

describe('sessionCalendarEvent in Russian', () => {
  it('says what, where and how long in Russian, with the plural the number takes', () => {
    expect(sessionCalendarEvent(session(), PLACE, RU, 'Europe/London', TODAY)).toMatchObject({
      summary: 'Массаж — Mia (12 мин)',
      location: 'Sunny clinic, 1 Park Road, Leeds',
      description: 'Сеанс в клинике. Длительность по плану: 12 минут.',
      reminder: 'Завтра: Массаж — Mia (12 мин)',
    });
    expect(sessionCalendarEvent(session({ plannedMinutes: 21 }), PLACE, RU, 'UTC', TODAY).description).toContain(
      '21 минута.',
    );
    expect(sessionCalendarEvent(session({ plannedMinutes: 3 }), PLACE, RU, 'UTC', TODAY).description).toContain(
      '3 минуты.',
    );
  });

  it('names a home make-up and reminds an hour before a timed session', () => {
    const makeUp = sessionCalendarEvent(session({ location: 'HOME', isMakeUp: true }), PLACE, RU, 'UTC', TODAY);
    expect(makeUp).toMatchObject({
      location: 'Дома',
      summary: 'Массаж — Mia (12 мин), взамен пропущенного',
      description: 'Сеанс дома. Длительность по плану: 12 минут. Этот сеанс заменяет пропущенный или перенесённый.',
    });
    const timed = sessionCalendarEvent(session({ startMinute: 570, endMinute: 615 }), PLACE, RU, 'UTC', TODAY);
    expect(timed.reminder).toBe('Через час: Массаж — Mia (12 мин)');
  });

  it.each([
    [{ status: 'MISSED' as const }, 'Массаж — Mia (12 мин): пропущен'],
    [{ status: 'POSTPONED' as const }, 'Массаж — Mia (12 мин): перенесён'],
    [{ courseStatus: 'CANCELLED' as const }, 'Массаж — Mia (12 мин): курс отменён'],
  ])('says why a session is called off (%o)', (change, summary) => {
    expect(sessionCalendarEvent(session(change), PLACE, RU, 'UTC', TODAY).summary).toBe(summary);
  });
});

describe('sessionTiming', () => {
  it('turns a clinic appointment into its start and end instants in the clinic zone', () => {
    // London is on GMT in November, on BST (UTC+1) in June; 9:30 to 10:15 on the clinic's clock.
    const appointment = { startMinute: 9 * 60 + 30, endMinute: 10 * 60 + 15 };
    expect(sessionTiming(session(appointment), 'Europe/London')).toEqual({
      kind: 'TIMED',
      start: new Date('2026-11-23T09:30:00Z'),
      end: new Date('2026-11-23T10:15:00Z'),
    });
    expect(sessionTiming(session({ scheduledOn: iso('2026-06-15'), ...appointment }), 'Europe/London')).toEqual({
      kind: 'TIMED',
      start: new Date('2026-06-15T08:30:00Z'),
      end: new Date('2026-06-15T09:15:00Z'),
    });
    expect(sessionCalendarEvent(session(appointment), PLACE, EN, 'Europe/London', TODAY).reminderMinutesBefore).toBe(
      TIMED_REMINDER_MINUTES,
    );
  });

  it('keeps the whole day for a session without a time, or an impossible one', () => {
    expect(sessionTiming(session(), 'UTC').kind).toBe('ALL_DAY');
    expect(sessionTiming(session({ startMinute: 600, endMinute: null }), 'UTC').kind).toBe('ALL_DAY');
    expect(sessionTiming(session({ startMinute: 600, endMinute: 600 }), 'UTC').kind).toBe('ALL_DAY');
    expect(sessionTiming(session({ startMinute: 1430, endMinute: 1500 }), 'UTC').kind).toBe('ALL_DAY');
  });
});
