import 'server-only';
import { db } from '@/lib/db';
import { careLinkState } from '@/lib/domain/care-links';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { checkGuessThrottle, recordFailedGuess } from '@/lib/server/link-tokens/guess-throttle';
import { hashLinkToken } from '@/lib/server/link-tokens/link-token';
import { getSecuritySettings } from '@/lib/server/settings/security-settings';
import { ZLinkToken } from '@/lib/validation/link-token';

export type OpenedCareLink = { id: string; patientId: string; caregiverName: string };

export type CareLinkOpening =
  | { status: 'OPEN'; link: OpenedCareLink }
  /** Unknown, expired or revoked: the page says the link no longer works, and nothing more. */
  | { status: 'REFUSED' }
  | { status: 'THROTTLED'; retryAt: Date };

/**
 * Checks a link's token and records its use (lastUsedAt and an audit row against the link, whose
 * actor is nobody). A token that opens nothing counts as a guess against the address
 * (lib/server/link-tokens/guess-throttle.ts).
 */
export async function openCareLink(token: string, address: string | null, now = new Date()): Promise<CareLinkOpening> {
  const settings = await getSecuritySettings();
  return db.$transaction(async (tx) => {
    const throttle = await checkGuessThrottle(tx, address, now, settings);
    if (!throttle.allowed) return { status: 'THROTTLED', retryAt: throttle.retryAt };

    const parsed = ZLinkToken.safeParse(token);
    const link = parsed.success
      ? await tx.careLink.findUnique({
          where: { tokenHash: hashLinkToken(parsed.data) },
          select: { id: true, patientId: true, caregiverName: true, expiresAt: true, revokedAt: true },
        })
      : null;
    if (!link || careLinkState(link, now) !== 'ACTIVE') {
      await recordFailedGuess(tx, address, now, settings);
      if (link)
        await recordAudit(tx, null, {
          action: 'ACCESS_REFUSED',
          subject: { type: 'CARE_LINK', id: link.id },
          patientId: link.patientId,
          outcome: 'FORBIDDEN',
        });
      return { status: 'REFUSED' };
    }
    await tx.careLink.update({ where: { id: link.id }, data: { lastUsedAt: now } });
    await recordAudit(tx, null, {
      action: 'READ',
      subject: { type: 'CARE_LINK', id: link.id },
      patientId: link.patientId,
    });
    return { status: 'OPEN', link: { id: link.id, patientId: link.patientId, caregiverName: link.caregiverName } };
  });
}
