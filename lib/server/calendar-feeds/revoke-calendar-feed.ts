import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorizeAny, calendarFeedScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { recordAudit } from '@/lib/server/audit/record-audit';

/** Stops an address at once: the calendar app's next fetch gets "not found". Revoking twice changes nothing. */
export async function revokeCalendarFeed(actor: Actor, feedId: string, now = new Date()): Promise<void> {
  authorizeAny(actor, ['SUBSCRIBE_CHILD_CALENDAR', 'SUBSCRIBE_AGENDA_CALENDAR']);
  await db.$transaction(async (tx) => {
    const feed = await tx.calendarFeed.findFirst({
      where: { AND: [{ id: feedId }, calendarFeedScope(actor)] },
      select: { id: true, patientId: true, revokedAt: true },
    });
    if (!feed) throw notFound('CALENDAR_FEED', feedId);
    if (feed.revokedAt) return;
    await tx.calendarFeed.update({ where: { id: feed.id }, data: { revokedAt: now } });
    await recordAudit(tx, actor, {
      action: 'UPDATE',
      subject: { type: 'CALENDAR_FEED', id: feed.id },
      patientId: feed.patientId,
    });
  });
}
