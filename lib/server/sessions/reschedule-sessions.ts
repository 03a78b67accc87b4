import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { IsoDate } from '@/lib/domain/calendar-date';
import type { timeColumns } from './place-session-times';

export type SessionMove = { id: string; scheduledOn: IsoDate } & ReturnType<typeof timeColumns>;

/**
 * Moves sessions to new dates and times in one statement, whatever their number: an "unwell"
 * report shifts every remaining session of the course, and one UPDATE per session made recording
 * cost as many round trips as the course had sessions left. The overlap constraints are checked at
 * the statement's end (DEFERRABLE INITIALLY IMMEDIATE), so a session may move onto the slot the next
 * one leaves. The caller holds the course's lock (lockCourse) and the therapist's (lockTherapistTime).
 */
export async function rescheduleSessions(tx: Prisma.TransactionClient, moves: readonly SessionMove[]): Promise<void> {
  if (moves.length === 0) return;
  const rows = moves.map(
    (move) =>
      Prisma.sql`(${move.id}, ${move.scheduledOn}::date, ${move.startMinute}::int, ${move.endMinute}::int, ${move.room}::text, ${move.therapistId}::text)`,
  );
  await tx.$executeRaw`
    UPDATE "Session"
    SET "scheduledOn" = moved.day, "startMinute" = moved.start_minute, "endMinute" = moved.end_minute,
        "room" = moved.room, "therapistId" = moved.therapist_id
    FROM (VALUES ${Prisma.join(rows)}) AS moved(id, day, start_minute, end_minute, room, therapist_id)
    WHERE "Session"."id" = moved.id`;
}

/** Sets each session's planned minutes, in one statement (a replan touches every remaining session). */
export async function replanSessionMinutes(
  tx: Prisma.TransactionClient,
  replans: readonly { id: string; plannedMinutes: number }[],
): Promise<void> {
  if (replans.length === 0) return;
  const rows = replans.map((replan) => Prisma.sql`(${replan.id}, ${replan.plannedMinutes}::int)`);
  await tx.$executeRaw`
    UPDATE "Session" SET "plannedMinutes" = replanned.minutes
    FROM (VALUES ${Prisma.join(rows)}) AS replanned(id, minutes)
    WHERE "Session"."id" = replanned.id`;
}
