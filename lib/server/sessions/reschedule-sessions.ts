import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { IsoDate } from '@/lib/domain/calendar-date';

/**
 * Moves sessions to new dates in one statement, whatever their number: an "unwell" report shifts
 * every remaining session of the course, and one UPDATE per session made recording cost as many
 * round trips as the course had sessions left. The caller holds the course's lock (lockCourse).
 */
export async function rescheduleSessions(
  tx: Prisma.TransactionClient,
  moves: readonly { id: string; scheduledOn: IsoDate }[],
): Promise<void> {
  if (moves.length === 0) return;
  const rows = moves.map((move) => Prisma.sql`(${move.id}, ${move.scheduledOn}::date)`);
  await tx.$executeRaw`
    UPDATE "Session" SET "scheduledOn" = moved.day
    FROM (VALUES ${Prisma.join(rows)}) AS moved(id, day)
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
