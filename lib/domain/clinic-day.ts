import { translatable } from '@/lib/i18n/translatable';
import { addDays, compareIsoDates, isoWeekday, type IsoDate, type Weekday } from './calendar-date';

/**
 * The clinic's day: when it is open, how long a session's slot is, which rooms it has, and which
 * times a therapist (and a room) are still free. Times are minutes after midnight on the clinic's
 * wall clock (CLINIC_TIME_ZONE), so a daylight-saving change never moves an appointment.
 */

/** Minutes after midnight, 0 to 1440. */
export type Minute = number;

export type OpeningHours = { opens: Minute; closes: Minute };

export type ClinicDay = {
  /** Each weekday's hours, or null when the clinic is closed that day. */
  openingHours: Record<Weekday, OpeningHours | null>;
  /** The length of one appointment slot; a session takes as many whole slots as its minutes need. */
  slotMinutes: number;
  /** The clinic's rooms; with fewer than two there is nothing to choose. */
  rooms: readonly string[];
};

/** A time of one session held by a therapist (and a room, where the clinic has several). */
export type Booking = { date: IsoDate; start: Minute; end: Minute; therapistId: string; room: string | null };

/** A stored session's appointment: nulls when none is set (home, or booked before sessions had times). */
export type SessionTime = { startMinute: number | null; endMinute: number | null; room: string | null };

/** Who would hold a new session: its therapist and, where rooms are chosen, its room. */
export type Holder = { therapistId: string; room: string | null };

/** "09:30" for 570. */
export function formatMinute(minute: Minute): string {
  const hours = Math.floor(minute / 60);
  const minutes = minute % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** 570 for "09:30", or null when the text is not a 24-hour "HH:MM" time. */
export function parseMinute(text: string): Minute | null {
  const parts = CLOCK_TIME.exec(text.trim());
  return parts ? Number(parts[1]) * 60 + Number(parts[2]) : null;
}

/** Whether the clinic has rooms to choose from (zero or one room means no choice). */
export function hasRoomChoice(clinic: Pick<ClinicDay, 'rooms'>): boolean {
  return clinic.rooms.length > 1;
}

/** How long a session of `minutes` holds its therapist: whole slots, at least one. */
export function sessionSpan(clinic: Pick<ClinicDay, 'slotMinutes'>, minutes: number): number {
  return Math.max(1, Math.ceil(minutes / clinic.slotMinutes)) * clinic.slotMinutes;
}

export function hoursOn(clinic: Pick<ClinicDay, 'openingHours'>, date: IsoDate): OpeningHours | null {
  return clinic.openingHours[isoWeekday(date)];
}

/** Whether [start, end) lies within the clinic's opening hours on that date. */
export function isWithinOpeningHours(
  clinic: Pick<ClinicDay, 'openingHours'>,
  date: IsoDate,
  start: Minute,
  end: Minute,
): boolean {
  const hours = hoursOn(clinic, date);
  return hours !== null && start >= hours.opens && end <= hours.closes && start < end;
}

/** The starts of a day's slots: from opening, one slot apart, each ending by closing time. */
export function slotsOfDay(clinic: Pick<ClinicDay, 'openingHours' | 'slotMinutes'>, date: IsoDate): Minute[] {
  const hours = hoursOn(clinic, date);
  if (hours === null) return [];
  const starts: Minute[] = [];
  for (let start = hours.opens; start + clinic.slotMinutes <= hours.closes; start += clinic.slotMinutes)
    starts.push(start);
  return starts;
}

/** Two half-open times of one day overlap when each starts before the other ends. */
export function overlaps(a: { start: Minute; end: Minute }, b: { start: Minute; end: Minute }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The booking a new session at [start, end) on `date` would clash with: same therapist, or same room. */
export function findClash(
  candidate: { date: IsoDate; start: Minute; end: Minute } & Holder,
  bookings: readonly Booking[],
): Booking | null {
  return (
    bookings.find(
      (booking) =>
        booking.date === candidate.date &&
        (booking.therapistId === candidate.therapistId ||
          (candidate.room !== null && booking.room === candidate.room)) &&
        overlaps(booking, candidate),
    ) ?? null
  );
}

/** The starts on `date` where a session of `span` minutes fits the opening hours and clashes with nothing. */
export function freeStarts(
  clinic: ClinicDay,
  date: IsoDate,
  span: number,
  bookings: readonly Booking[],
  holder: Holder,
): Minute[] {
  return slotsOfDay(clinic, date).filter(
    (start) =>
      isWithinOpeningHours(clinic, date, start, start + span) &&
      findClash({ date, start, end: start + span, ...holder }, bookings) === null,
  );
}

/** The free start nearest to `preferred` (the earlier of two equally near), or null on a full day. */
export function nearestStart(starts: readonly Minute[], preferred: Minute): Minute | null {
  let best: Minute | null = null;
  for (const start of starts) {
    if (best === null || Math.abs(start - preferred) < Math.abs(best - preferred)) best = start;
  }
  return best;
}

/**
 * Why a chosen time cannot be booked, as a catalog reference shown beside the field, or null when
 * it can. Times are the clinic's 24-hour "09:30", as the time field takes them in either language.
 */
export function findTimeProblem(
  clinic: ClinicDay,
  candidate: { date: IsoDate; start: Minute; end: Minute } & Holder,
  bookings: readonly Booking[],
): string | null {
  if (!isWithinOpeningHours(clinic, candidate.date, candidate.start, candidate.end)) {
    const hours = hoursOn(clinic, candidate.date);
    return hours === null
      ? translatable('prescription.times.closed')
      : translatable('prescription.times.outsideHours', {
          start: formatMinute(candidate.start),
          end: formatMinute(candidate.end),
          opens: formatMinute(hours.opens),
          closes: formatMinute(hours.closes),
        });
  }
  const clash = findClash(candidate, bookings);
  if (clash === null) return null;
  const times = { start: formatMinute(clash.start), end: formatMinute(clash.end) };
  return clash.therapistId === candidate.therapistId || clash.room === null
    ? translatable('prescription.times.therapistBusy', times)
    : translatable('prescription.times.roomBusy', { ...times, room: clash.room });
}

/** A placed session: its date (later than planned when that day was full) and start. */
export type PlacedSession = { date: IsoDate; start: Minute; end: Minute; plannedOn: IsoDate };

/**
 * How far a session may move when its day is full; beyond that the schedule needs a person
 * (the server refuses and says so).
 */
export const MAX_DAYS_MOVED = 14;

/**
 * Times for a course's clinic sessions on the planned dates. Each keeps `preferred` where it is
 * free, otherwise takes the nearest free slot that day. A day with no free slot (the clinic is
 * closed, or the therapist is fully booked) is treated like a day off: the session moves to the
 * next day with a free slot, and the sessions after it stay on their dates unless that would put
 * two on one day, in which case they move along too. Returns null when a session finds no slot
 * within MAX_DAYS_MOVED days of its planned date.
 */
export function placeSessions(
  clinic: ClinicDay,
  planned: readonly IsoDate[],
  preferred: Minute,
  span: number,
  bookings: readonly Booking[],
  holder: Holder,
): PlacedSession[] | null {
  const placed: PlacedSession[] = [];
  for (const plannedOn of planned) {
    const previous = placed.at(-1);
    let date = previous && compareIsoDates(previous.date, plannedOn) >= 0 ? addDays(previous.date, 1) : plannedOn;
    let start: Minute | null = null;
    for (let moved = 0; moved <= MAX_DAYS_MOVED; moved += 1) {
      start = nearestStart(freeStarts(clinic, date, span, bookings, holder), preferred);
      if (start !== null) break;
      date = addDays(date, 1);
    }
    if (start === null) return null;
    placed.push({ date, start, end: start + span, plannedOn });
  }
  return placed;
}
