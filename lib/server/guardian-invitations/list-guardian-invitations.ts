import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, guardianInvitationScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { guardianInvitationState, type GuardianInvitationState } from '@/lib/domain/guardian-invitations';

export type GuardianInvitationRow = {
  id: string;
  name: string;
  email: string;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  state: GuardianInvitationState;
};

/** One child's invitations, newest first, as the parent manages them. */
export async function listGuardianInvitations(
  actor: Actor,
  patientId: string,
  now = new Date(),
): Promise<GuardianInvitationRow[]> {
  authorize(actor, 'INVITE_GUARDIAN');
  const invitations = await db.guardianInvitation.findMany({
    where: { AND: [{ patientId }, guardianInvitationScope(actor)] },
    orderBy: { createdAt: 'desc' },
    select: { id: true, name: true, email: true, createdAt: true, expiresAt: true, revokedAt: true, acceptedAt: true },
  });
  return invitations.map(({ revokedAt, ...invitation }) => ({
    ...invitation,
    state: guardianInvitationState({ ...invitation, revokedAt }, now),
  }));
}
