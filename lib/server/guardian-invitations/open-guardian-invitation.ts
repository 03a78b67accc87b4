import 'server-only';
import { ACCOUNTS } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { getSecuritySettings } from '@/lib/server/settings/security-settings';
import { takeInvitation, type TakenInvitation } from './take-invitation';

/**
 * Whether the invited e-mail has an account: none (they make one), an active parent's (they sign in
 * and accept), or one that cannot be a guardian (a staff or deactivated account: the clinic sorts it out).
 */
export type InviteeAccount = 'NONE' | 'PARENT' | 'UNUSABLE';

export type InvitationOpening =
  | { status: 'OPEN'; invitation: TakenInvitation & { account: InviteeAccount } }
  | { status: 'REFUSED' }
  | { status: 'THROTTLED'; retryAt: Date };

/** Someone opens an invitation's link: what the page shows, with an audit row against the invitation. */
export async function openGuardianInvitation(
  token: string,
  address: string | null,
  now = new Date(),
): Promise<InvitationOpening> {
  const settings = await getSecuritySettings();
  return db.$transaction(async (tx) => {
    const taking = await takeInvitation(tx, token, address, now, settings);
    if (taking.status !== 'OPEN') return taking;
    const { invitation } = taking;
    const account = await tx.user.findUnique({
      where: { email: invitation.email },
      select: { role: true, deactivatedAt: true },
    });
    await recordAudit(tx, null, {
      action: 'READ',
      subject: { type: 'GUARDIAN_INVITATION', id: invitation.id },
      patientId: invitation.patientId,
    });
    return {
      status: 'OPEN',
      invitation: {
        ...invitation,
        account: !account
          ? 'NONE'
          : account.role === ACCOUNTS.guardians.role && !account.deactivatedAt
            ? 'PARENT'
            : 'UNUSABLE',
      },
    };
  });
}
