import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { IsoDate } from '@/lib/domain/calendar-date';
import { recordSession } from '@/lib/server/sessions/record-session';

/** Marks a course's first `count` open sessions done, through the real use case. */
export async function recordDone(actor: Actor, courseId: string, count: number, today: IsoDate): Promise<void> {
  const sessions = await db.session.findMany({
    where: { courseId, status: 'SCHEDULED' },
    orderBy: { scheduledOn: 'asc' },
    take: count,
  });
  for (const session of sessions) {
    await recordSession(
      actor,
      {
        sessionId: session.id,
        outcome: 'DONE',
        wellToday: true,
        // As planned: a course's sessions start short and grow.
        actualMinutes: session.plannedMinutes,
        tolerance: 'GOOD',
        notes: 'Calm, enjoyed it.',
      },
      today,
    );
  }
}
