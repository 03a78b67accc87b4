import 'server-only';
import { addDays, type IsoDate } from '@/lib/domain/calendar-date';
import { MAX_DAYS_MOVED, placeSessions, type PlacedSession } from '@/lib/domain/clinic-day';
import type { Prisma } from '@/lib/generated/prisma/client';
import { lockTherapistTime } from '@/lib/server/locks';
import { getClinicDay } from '@/lib/server/settings/clinic-day';
import { readBookings } from './list-bookings';

type Tx = Prisma.TransactionClient;

/** The time a course's sessions keep: the start, length and room of the session they follow. */
export type CourseTime = { startMinute: number; endMinute: number; room: string | null };

/** The time of a course's earliest timed session, which its moved and added sessions keep. */
export async function courseTimeOf(tx: Tx, courseId: string): Promise<CourseTime | null> {
  const session = await tx.session.findFirst({
    where: { courseId, startMinute: { not: null }, endMinute: { not: null } },
    orderBy: { scheduledOn: 'asc' },
    select: { startMinute: true, endMinute: true, room: true },
  });
  if (!session || session.startMinute === null || session.endMinute === null) return null;
  return { startMinute: session.startMinute, endMinute: session.endMinute, room: session.room };
}

/**
 * Times for sessions moved or added to a clinic course ("moved with the schedule"): each keeps
 * the course's time of day where the therapist is free, otherwise the nearest free slot that day,
 * and a full or closed day moves it to the next day with a free slot (placeSessions). Locks the
 * therapist's time until the commit. Null when the course has no therapist or no time to keep, or
 * no slot is free within MAX_DAYS_MOVED days: those sessions keep their date with no time set.
 * `movingIds` are the sessions being moved, whose old times do not count as taken.
 */
export async function placeSessionTimes(
  tx: Tx,
  course: { id: string; therapistId: string | null; location: string },
  time: CourseTime | null,
  dates: readonly IsoDate[],
  movingIds: readonly string[] = [],
): Promise<PlacedSession[] | null> {
  const first = dates[0];
  const last = dates.at(-1);
  if (course.location !== 'CLINIC' || !course.therapistId || !time || !first || !last) return null;
  await lockTherapistTime(tx, course.therapistId);
  const clinicDay = await getClinicDay(tx);
  const holder = { therapistId: course.therapistId, room: time.room };
  const bookings = (await readBookings(tx, holder, first, addDays(last, MAX_DAYS_MOVED * 2))).filter(
    (booking) => !movingIds.includes(booking.sessionId),
  );
  return placeSessions(clinicDay, dates, time.startMinute, time.endMinute - time.startMinute, bookings, holder);
}

/** A session's columns once it holds no time (and so no therapist's time). */
export const NO_TIME = { startMinute: null, endMinute: null, room: null, therapistId: null } as const;

/** The columns a placed session writes; no time when it could not be placed. */
export function timeColumns(
  placed: PlacedSession | undefined,
  course: { therapistId: string | null },
  room: string | null,
) {
  return placed ? { startMinute: placed.start, endMinute: placed.end, room, therapistId: course.therapistId } : NO_TIME;
}
