import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { alertScope, authorize } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { recordAudit } from '@/lib/server/audit/record-audit';

/**
 * Marks one alert done for everyone who sees it. Marking it again changes nothing (two people
 * may act on the same alert): the first one's name and time stay.
 */
export async function markAlertDone(actor: Actor, alertId: string): Promise<void> {
  authorize(actor, 'VIEW_ALERTS');
  await db.$transaction(async (tx) => {
    const alert = await tx.alert.findFirst({
      where: { AND: [{ id: alertId }, alertScope(actor)] },
      select: { id: true, patientId: true, doneAt: true },
    });
    if (!alert) throw notFound('ALERT', alertId);
    if (alert.doneAt) return;
    await tx.alert.update({ where: { id: alert.id }, data: { doneAt: new Date(), doneById: actor.id } });
    await recordAudit(tx, actor, {
      action: 'UPDATE',
      subject: { type: 'ALERT', id: alert.id },
      patientId: alert.patientId,
    });
  });
}
