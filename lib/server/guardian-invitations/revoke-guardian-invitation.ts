import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, guardianInvitationScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { recordAudit } from '@/lib/server/audit/record-audit';

/** Stops an invitation that was not accepted yet; one already used or revoked stays as it is. */
export async function revokeGuardianInvitation(actor: Actor, invitationId: string, now = new Date()): Promise<void> {
  authorize(actor, 'INVITE_GUARDIAN');
  await db.$transaction(async (tx) => {
    const invitation = await tx.guardianInvitation.findFirst({
      where: { AND: [{ id: invitationId }, guardianInvitationScope(actor)] },
      select: { id: true, patientId: true },
    });
    if (!invitation) throw notFound('GUARDIAN_INVITATION', invitationId);
    // One statement decides, so an acceptance at the same moment either wins or finds it revoked.
    const { count } = await tx.guardianInvitation.updateMany({
      where: { id: invitation.id, revokedAt: null, acceptedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) return;
    await recordAudit(tx, actor, {
      action: 'UPDATE',
      subject: { type: 'GUARDIAN_INVITATION', id: invitation.id },
      patientId: invitation.patientId,
    });
  });
}
