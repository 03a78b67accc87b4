import { addDays, type IsoDate } from '@/lib/domain/calendar-date';
import {
  findTimeProblem,
  freeStarts,
  hasRoomChoice,
  MAX_DAYS_MOVED,
  parseMinute,
  placeSessions,
  sessionSpan,
  type Booking,
  type ClinicDay,
  type Holder,
  type Minute,
  type PlacedSession,
} from '@/lib/domain/clinic-day';
import { translatable } from '@/lib/i18n/translatable';

/**
 * The times of a clinic course's sessions, as the prescribe form previews them and the server
 * stores them: the first session's free slots to choose from, then every session placed at the
 * chosen time of day where free (lib/domain/clinic-day.ts, placeSessions). Reasons and problems
 * are catalog references (lib/i18n/translatable.ts), translated where shown.
 */
export type SessionTimes =
  /** Home courses have no times, nor a clinic course until its therapist is chosen (required apart). */
  | { status: 'NOT_NEEDED' }
  /** Waiting for a therapist, a schedule, the minutes or the therapist's bookings. */
  | { status: 'WAITING'; reason: string }
  | {
      status: 'READY';
      /** The day the first session falls on: the first planned day with a free slot. */
      firstDay: IsoDate;
      span: number;
      /** The first day's free starts, to choose from. */
      offered: Minute[];
      /** Every session's date and time, once a free time is chosen. */
      placed: PlacedSession[] | null;
      /** Why the chosen time cannot be booked, or null. */
      timeProblem: string | null;
      roomProblem: string | null;
    };

export type SessionTimesInput = {
  location: string;
  therapistId: string | null;
  startTime: string;
  room: string;
  /** The schedule's dates, once it can be read. */
  dates: readonly IsoDate[] | null;
  minutesPerSession: number | null;
  clinicDay: ClinicDay;
  /** The therapist's (and room's) bookings over the schedule; null until loaded. */
  bookings: readonly Booking[] | null;
};

export function planSessionTimes(input: SessionTimesInput): SessionTimes {
  if (input.location !== 'CLINIC' || !input.therapistId) return { status: 'NOT_NEEDED' };
  if (input.dates === null || input.dates.length === 0 || input.minutesPerSession === null)
    return { status: 'WAITING', reason: translatable('prescription.times.completeSchedule') };
  if (input.bookings === null) return { status: 'WAITING', reason: translatable('prescription.times.lookingUp') };

  const { clinicDay, bookings } = input;
  const roomChoice = hasRoomChoice(clinicDay);
  const room = roomChoice && clinicDay.rooms.includes(input.room) ? input.room : null;
  const roomProblem = roomChoice && room === null ? translatable('prescription.times.chooseRoom') : null;
  const holder: Holder = { therapistId: input.therapistId, room };
  const span = sessionSpan(clinicDay, input.minutesPerSession);
  const planned = input.dates[0] as IsoDate;

  let firstDay = planned;
  let offered: Minute[] = [];
  for (let moved = 0; moved <= MAX_DAYS_MOVED; moved += 1) {
    offered = freeStarts(clinicDay, firstDay, span, bookings, holder);
    if (offered.length > 0) break;
    firstDay = addDays(firstDay, 1);
  }
  const ready = { status: 'READY' as const, firstDay, span, offered, roomProblem };
  if (offered.length === 0)
    return {
      ...ready,
      placed: null,
      timeProblem: translatable('prescription.times.noFreeTime', { days: MAX_DAYS_MOVED }),
    };

  const start = parseMinute(input.startTime);
  if (start === null)
    return { ...ready, placed: null, timeProblem: translatable('prescription.times.chooseStartTime') };
  const timeProblem = findTimeProblem(clinicDay, { date: firstDay, start, end: start + span, ...holder }, bookings);
  if (timeProblem !== null) return { ...ready, placed: null, timeProblem };
  const placed = placeSessions(clinicDay, input.dates, start, span, bookings, holder);
  return {
    ...ready,
    placed,
    timeProblem: placed === null ? translatable('prescription.times.laterNoFreeTime', { days: MAX_DAYS_MOVED }) : null,
  };
}
