import 'server-only';
import { translatable } from '@/lib/i18n/translatable';
import type { Actor } from '@/lib/auth/actor';
import { ACCOUNTS } from '@/lib/auth/policy';
import { guardianInvitationExpiry } from '@/lib/domain/guardian-invitations';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { newLinkToken } from '@/lib/server/link-tokens/link-token';
import type { InviteeInput } from '@/lib/validation/guardian-invitation';

/**
 * Writes an invitation for a child the caller has already found in the actor's reach, inside the
 * caller's transaction (a parent's invitation, or the doctor's while registering the child), and
 * audits it: call it last but for other audit rows. `emailField` names the form's input, so the
 * refusals land beside it. Returns the token, shown once and never stored.
 */
export async function insertGuardianInvitation(
  tx: Prisma.TransactionClient,
  actor: Actor,
  patientId: string,
  invitee: InviteeInput,
  emailField: string,
  now = new Date(),
): Promise<{ id: string; token: string }> {
  const account = await tx.user.findUnique({
    where: { email: invitee.email },
    select: { role: true, guardianships: { where: { patientId }, select: { userId: true } } },
  });
  const refuse = (message: string) => new AppError('CONFLICT', message, { [emailField]: [message] });
  if (account && account.role !== ACCOUNTS.guardians.role)
    throw refuse(translatable('errors.refusal.invitation.staffEmail'));
  if (account && account.guardianships.length > 0)
    throw refuse(translatable('errors.refusal.invitation.alreadyGuardian'));
  const { token, tokenHash } = newLinkToken();
  const invitation = await tx.guardianInvitation.create({
    data: {
      patientId,
      createdById: actor.id,
      name: invitee.name,
      email: invitee.email,
      tokenHash,
      createdAt: now,
      expiresAt: guardianInvitationExpiry(now),
    },
    select: { id: true },
  });
  await recordAudit(tx, actor, {
    action: 'CREATE',
    subject: { type: 'GUARDIAN_INVITATION', id: invitation.id },
    patientId,
  });
  return { id: invitation.id, token };
}
