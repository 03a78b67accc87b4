import { addDays, instantAt, type IsoDate } from './calendar-date';
import type { CourseStatus } from './course-changes';
import type { SessionStatus } from './course-progress';
import { sessionState } from './session-state';

/**
 * How one massage session appears in a subscribed calendar (.ics, issue 9 "The calendar on the
 * phone"). Pure, so the feed, its tests and a later start time all go through this one mapping.
 */
export type CalendarSession = {
  id: string;
  scheduledOn: IsoDate;
  /**
   * The clinic appointment, in minutes after midnight on the clinic's clock (Session.startMinute
   * and endMinute), or null for a home session or one booked before times existed: all-day then.
   */
  startMinute: number | null;
  endMinute: number | null;
  plannedMinutes: number;
  location: 'HOME' | 'CLINIC';
  status: SessionStatus;
  courseStatus: CourseStatus;
  isMakeUp: boolean;
  /** Who the session is for, as the calendar's owner may see it: the family's child, or "Mia K." for a therapist. */
  childName: string;
};

export type CalendarPlace = { clinicName: string; clinicAddress: string };

type CalledOff = 'MISSED' | 'POSTPONED' | 'CALLED_OFF';

/**
 * The words of an event in the calendar owner's language (lib/i18n/calendar-words.ts reads them
 * from messages/<locale>/calendar.json): the mapping below decides what is said, the words how.
 */
export type CalendarWords = {
  /** "Massage for Mia (12 min)" */
  summary: (childName: string, minutes: number) => string;
  makeUp: (summary: string) => string;
  calledOff: (summary: string, reason: CalledOff) => string;
  home: string;
  /** "Home session." or "Session at the clinic." */
  place: (location: CalendarSession['location']) => string;
  plannedLength: (minutes: number) => string;
  makesUp: string;
  /** What the reminder says, given when it comes before the session. */
  reminder: (summary: string, timing: CalendarEventTiming['kind']) => string;
};

export type CalendarEventTiming =
  { kind: 'ALL_DAY'; date: IsoDate; endDate: IsoDate } | { kind: 'TIMED'; start: Date; end: Date };

export type CalendarEvent = {
  /** The same for a session whatever happens to it, so a moved or called-off session updates the event in place. */
  uid: string;
  summary: string;
  location: string;
  description: string;
  timing: CalendarEventTiming;
  status: 'CONFIRMED' | 'CANCELLED';
  /** Minutes before the start that the calendar reminds the family or therapist. */
  reminderMinutesBefore: number;
  reminder: string;
};

/**
 * An all-day event starts at midnight: six hours before is 18:00 the evening before, in time to
 * plan the day (and for a home massage, the evening after the clinic closes). A timed session is
 * announced an hour before, enough to get to the clinic.
 */
export const ALL_DAY_REMINDER_MINUTES = 6 * 60;
export const TIMED_REMINDER_MINUTES = 60;

const MINUTES_IN_DAY = 24 * 60;

/** The event's start and end: the appointment in the clinic's zone, else the whole day. */
export function sessionTiming(
  session: Pick<CalendarSession, 'scheduledOn' | 'startMinute' | 'endMinute'>,
  timeZone: string,
): CalendarEventTiming {
  const { startMinute, endMinute } = session;
  const isAppointment =
    Number.isInteger(startMinute) &&
    Number.isInteger(endMinute) &&
    startMinute !== null &&
    endMinute !== null &&
    startMinute >= 0 &&
    startMinute < endMinute &&
    endMinute <= MINUTES_IN_DAY;
  if (!isAppointment) return { kind: 'ALL_DAY', date: session.scheduledOn, endDate: addDays(session.scheduledOn, 1) };
  return {
    kind: 'TIMED',
    start: instantAt(session.scheduledOn, startMinute, timeZone),
    end: instantAt(session.scheduledOn, endMinute, timeZone),
  };
}

/**
 * A session missed, postponed or called off (its course cancelled) stays in the calendar as
 * CANCELLED under its own UID, so the calendar strikes it out rather than keeping a stale event;
 * its make-up is a session of its own, with its own event. Done sessions stay as they happened.
 */
export function sessionCalendarEvent(
  session: CalendarSession,
  place: CalendarPlace,
  words: CalendarWords,
  timeZone: string,
  today: IsoDate,
): CalendarEvent {
  const state = sessionState(session, session.courseStatus, today);
  const calledOff = state === 'MISSED' || state === 'POSTPONED' || state === 'CALLED_OFF' ? state : null;
  const timing = sessionTiming(session, timeZone);
  const what = words.summary(session.childName, session.plannedMinutes);
  const summary = calledOff ? words.calledOff(what, calledOff) : session.isMakeUp ? words.makeUp(what) : what;
  const location =
    session.location === 'HOME'
      ? words.home
      : [place.clinicName, place.clinicAddress.replace(/\s*\n\s*/g, ', ')].filter(Boolean).join(', ');
  const description = [
    words.place(session.location),
    words.plannedLength(session.plannedMinutes),
    session.isMakeUp ? words.makesUp : null,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    uid: `session-${session.id}@infant-massage-clinic`,
    summary,
    location,
    description,
    timing,
    status: calledOff ? 'CANCELLED' : 'CONFIRMED',
    reminderMinutesBefore: timing.kind === 'ALL_DAY' ? ALL_DAY_REMINDER_MINUTES : TIMED_REMINDER_MINUTES,
    reminder: words.reminder(summary, timing.kind),
  };
}
