import { translatable } from '@/lib/i18n/translatable';
import { compareIsoDates, type IsoDate } from './calendar-date';
import { freeStarts, isWithinOpeningHours, sessionSpan, type Booking, type ClinicDay, type Minute } from './clinic-day';
import type { CourseStatus } from './course-changes';
import type { SessionStatus } from './course-progress';

/** What deciding whether a session's time may be set needs to know. */
export type TimedSessionFacts = {
  status: SessionStatus;
  courseStatus: CourseStatus;
  location: 'HOME' | 'CLINIC';
  /** The course's therapist: a time is held by a therapist. */
  therapistId: string | null;
  scheduledOn: IsoDate;
};

/**
 * Why this session's time of day cannot be set (or changed), or null when it can. Only a clinic
 * session still to come, of a running course with a therapist, holds a time: a make-up that found
 * no free slot when it was added stays "time not set" until someone books it here. Moving it to
 * another day is postponing it, which the course's schedule decides. The reason is a catalog
 * reference (lib/i18n/translatable.ts), translated where it is shown.
 */
export function sessionTimeRefusal(session: TimedSessionFacts, today: IsoDate): string | null {
  if (session.location !== 'CLINIC') return translatable('errors.refusal.sessionTime.homeSession');
  if (session.courseStatus !== 'ACTIVE') return translatable('errors.refusal.sessionTime.courseNotRunning');
  if (session.status !== 'SCHEDULED') return translatable('errors.refusal.sessionTime.alreadyRecorded');
  if (compareIsoDates(session.scheduledOn, today) < 0) return translatable('errors.refusal.sessionTime.dayPassed');
  if (session.therapistId === null) return translatable('errors.refusal.sessionTime.noTherapist');
  return null;
}

/**
 * The starts a session of `plannedMinutes` can take on its day: whole slots within the opening
 * hours where its therapist (and the room, when one is named) is free. `bookings` leave out the
 * session itself, whose current time is free to keep.
 */
export function sessionTimeChoices(
  clinic: ClinicDay,
  session: { scheduledOn: IsoDate; plannedMinutes: number; therapistId: string; room: string | null },
  bookings: readonly Booking[],
): { span: number; starts: Minute[] } {
  const span = sessionSpan(clinic, session.plannedMinutes);
  const holder = { therapistId: session.therapistId, room: session.room };
  return { span, starts: freeStarts(clinic, session.scheduledOn, span, bookings, holder) };
}

/**
 * A clinic session to come that holds no time yet (a make-up that found no free slot, a course
 * booked before times existed): the family and the therapist do not know when to come until
 * someone books it, so it stands in "needs attention" until then.
 */
export function awaitsBooking(session: TimedSessionFacts & { startMinute: number | null }, today: IsoDate): boolean {
  return session.startMinute === null && sessionTimeRefusal(session, today) === null;
}

/**
 * Whether a booked session's time now lies outside its day's opening hours: after the clinic
 * changes its hours, such a session loses its time and waits for a new one (awaitsBooking) rather
 * than keep an appointment the clinic no longer opens for.
 */
export function isBookedOutsideHours(
  clinic: Pick<ClinicDay, 'openingHours'>,
  session: { scheduledOn: IsoDate; startMinute: number | null; endMinute: number | null },
): boolean {
  const { startMinute, endMinute } = session;
  if (startMinute === null || endMinute === null) return false;
  return !isWithinOpeningHours(clinic, session.scheduledOn, startMinute, endMinute);
}
