import 'server-only';
import type { SecuritySettings } from '@/lib/domain/security-settings';
import { guardianInvitationState } from '@/lib/domain/guardian-invitations';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { checkGuessThrottle, recordFailedGuess } from '@/lib/server/link-tokens/guess-throttle';
import { hashLinkToken } from '@/lib/server/link-tokens/link-token';
import { ZLinkToken } from '@/lib/validation/link-token';

export type TakenInvitation = {
  id: string;
  patientId: string;
  childFirstName: string;
  name: string;
  email: string;
};

export type InvitationTaking =
  | { status: 'OPEN'; invitation: TakenInvitation }
  /** Unknown, expired, revoked or used: the page says only that the link no longer works. */
  | { status: 'REFUSED' }
  | { status: 'THROTTLED'; retryAt: Date };

/**
 * Finds the invitation a token opens, in the caller's transaction, and locks its row until the
 * commit, so an acceptance and a revocation (or two acceptances) apply one after the other. An
 * unknown token counts as a guess against the address; a known one that no longer works is
 * audited instead (its holder is no guesser, and may click it again).
 */
export async function takeInvitation(
  tx: Prisma.TransactionClient,
  token: string,
  address: string | null,
  now: Date,
  settings: SecuritySettings,
): Promise<InvitationTaking> {
  const throttle = await checkGuessThrottle(tx, address, now, settings);
  if (!throttle.allowed) return { status: 'THROTTLED', retryAt: throttle.retryAt };
  const parsed = ZLinkToken.safeParse(token);
  const tokenHash = parsed.success ? hashLinkToken(parsed.data) : null;
  if (tokenHash) await tx.$executeRaw`SELECT 1 FROM "GuardianInvitation" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
  const invitation = tokenHash
    ? await tx.guardianInvitation.findUnique({
        where: { tokenHash },
        select: {
          id: true,
          patientId: true,
          name: true,
          email: true,
          expiresAt: true,
          revokedAt: true,
          acceptedAt: true,
          patient: { select: { firstName: true } },
        },
      })
    : null;
  if (!invitation) {
    await recordFailedGuess(tx, address, now, settings);
    return { status: 'REFUSED' };
  }
  if (guardianInvitationState(invitation, now) !== 'PENDING') {
    await recordAudit(tx, null, {
      action: 'ACCESS_REFUSED',
      subject: { type: 'GUARDIAN_INVITATION', id: invitation.id },
      patientId: invitation.patientId,
      outcome: 'FORBIDDEN',
    });
    return { status: 'REFUSED' };
  }
  const { id, patientId, name, email, patient } = invitation;
  return { status: 'OPEN', invitation: { id, patientId, name, email, childFirstName: patient.firstName } };
}
