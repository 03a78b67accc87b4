import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { fromIsoDate, toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import type { Booking } from '@/lib/domain/clinic-day';
import type { Prisma } from '@/lib/generated/prisma/client';

type Reader = Pick<Prisma.TransactionClient, 'session'>;

/**
 * The times a therapist (or a room) holds between two dates: what their free slots are computed
 * from. Only times, no child, so a doctor planning a course sees no one else's record. The rows
 * are those the database's exclusion constraint compares: SCHEDULED or DONE, with a time.
 */
export async function readBookings(
  client: Reader,
  holder: { therapistId: string; room: string | null },
  from: IsoDate,
  to: IsoDate,
): Promise<(Booking & { sessionId: string })[]> {
  const rows = await client.session.findMany({
    where: {
      scheduledOn: { gte: fromIsoDate(from), lte: fromIsoDate(to) },
      status: { in: ['SCHEDULED', 'DONE'] },
      startMinute: { not: null },
      OR: [{ therapistId: holder.therapistId }, ...(holder.room ? [{ room: holder.room }] : [])],
    },
    select: { id: true, scheduledOn: true, startMinute: true, endMinute: true, therapistId: true, room: true },
    orderBy: [{ scheduledOn: 'asc' }, { startMinute: 'asc' }],
  });
  return rows.map((row) => ({
    sessionId: row.id,
    date: toIsoDate(row.scheduledOn),
    start: row.startMinute ?? 0,
    end: row.endMinute ?? 0,
    therapistId: row.therapistId ?? '',
    room: row.room,
  }));
}

/** For the prescribe form's time picker: the bookings of the chosen therapist and room. */
export async function listBookings(
  actor: Actor,
  holder: { therapistId: string; room: string | null },
  from: IsoDate,
  to: IsoDate,
): Promise<Booking[]> {
  authorize(actor, 'PRESCRIBE_COURSE');
  // Only the times leave the server, not which session holds them.
  return (await readBookings(db, holder, from, to)).map(({ date, start, end, therapistId, room }) => ({
    date,
    start,
    end,
    therapistId,
    room,
  }));
}
