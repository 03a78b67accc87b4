import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, calendarFeedScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';

export type CalendarFeedSummary = { id: string; createdAt: Date; lastUsedAt: Date | null };

/** The actor's address in force for a child's calendar (patientId) or their agenda (null), if any. */
export async function getCalendarFeed(actor: Actor, patientId: string | null): Promise<CalendarFeedSummary | null> {
  authorize(actor, patientId === null ? 'SUBSCRIBE_AGENDA_CALENDAR' : 'SUBSCRIBE_CHILD_CALENDAR');
  return db.calendarFeed.findFirst({
    where: { AND: [{ patientId, revokedAt: null }, calendarFeedScope(actor)] },
    orderBy: { createdAt: 'desc' },
    select: { id: true, createdAt: true, lastUsedAt: true },
  });
}
