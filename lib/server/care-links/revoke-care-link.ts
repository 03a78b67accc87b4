import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, careLinkScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { recordAudit } from '@/lib/server/audit/record-audit';

/** Ends a link at once; revoking one already revoked changes nothing. */
export async function revokeCareLink(actor: Actor, careLinkId: string, now = new Date()): Promise<void> {
  authorize(actor, 'MANAGE_CARE_LINKS');
  await db.$transaction(async (tx) => {
    const link = await tx.careLink.findFirst({
      where: { AND: [{ id: careLinkId }, careLinkScope(actor)] },
      select: { id: true, patientId: true, revokedAt: true },
    });
    if (!link) throw notFound('CARE_LINK', careLinkId);
    if (link.revokedAt) return;
    await tx.careLink.update({ where: { id: link.id }, data: { revokedAt: now } });
    await recordAudit(tx, actor, {
      action: 'UPDATE',
      subject: { type: 'CARE_LINK', id: link.id },
      patientId: link.patientId,
    });
  });
}
