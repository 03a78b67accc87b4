import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, patientScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { newLinkToken } from '@/lib/server/link-tokens/link-token';

/**
 * A new private calendar address for the actor: a parent's for one child (patientId), a
 * therapist's for their agenda (null). It replaces the actor's earlier address for the same
 * calendar, which stops working: the token is shown once, so "make a new one" is how a lost or
 * leaked address is put right. Returns the token, never stored.
 */
export async function createCalendarFeed(
  actor: Actor,
  patientId: string | null,
  now = new Date(),
): Promise<{ id: string; token: string }> {
  authorize(actor, patientId === null ? 'SUBSCRIBE_AGENDA_CALENDAR' : 'SUBSCRIBE_CHILD_CALENDAR');
  return db.$transaction(async (tx) => {
    if (patientId !== null) {
      const patient = await tx.patient.findFirst({
        where: { AND: [{ id: patientId }, patientScope(actor)] },
        select: { id: true },
      });
      if (!patient) throw notFound('PATIENT', patientId);
    }
    await tx.calendarFeed.updateMany({
      where: { ownerId: actor.id, patientId, revokedAt: null },
      data: { revokedAt: now },
    });
    const { token, tokenHash } = newLinkToken();
    const feed = await tx.calendarFeed.create({
      data: { ownerId: actor.id, patientId, tokenHash, createdAt: now },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: 'CREATE', subject: { type: 'CALENDAR_FEED', id: feed.id }, patientId });
    return { id: feed.id, token };
  });
}
