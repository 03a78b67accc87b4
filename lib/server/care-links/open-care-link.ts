import 'server-only';
import { db } from '@/lib/db';
import { careLinkState } from '@/lib/domain/care-links';
import { decideSignInThrottle, throttleWindowStart } from '@/lib/domain/sign-in-throttle';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { lockCareLinkAttempts } from '@/lib/server/locks';
import { getSecuritySettings } from '@/lib/server/settings/security-settings';
import { ZCareLinkToken } from '@/lib/validation/care-link';
import { hashCareLinkToken } from './care-link-token';

export type OpenedCareLink = { id: string; patientId: string; caregiverName: string };

export type CareLinkOpening =
  | { status: 'OPEN'; link: OpenedCareLink }
  /** Unknown, expired or revoked: the page says the link no longer works, and nothing more. */
  | { status: 'REFUSED' }
  | { status: 'THROTTLED'; retryAt: Date };

/**
 * Checks a link's token and records its use (lastUsedAt and an audit row against the link, whose
 * actor is nobody). A token that opens nothing counts against the address with the sign-in
 * throttle's rules and limits (lib/domain/sign-in-throttle.ts), so links cannot be guessed; while
 * the limit holds even a good token is refused, as a right password is while sign-ins are held.
 * When the address cannot be known (no trusted proxy), guesses are not counted, as for sign-ins:
 * one shared bucket would let anyone lock every family's caregivers out, and a 256-bit token
 * cannot be guessed anyway.
 */
export async function openCareLink(token: string, address: string | null, now = new Date()): Promise<CareLinkOpening> {
  const settings = await getSecuritySettings();
  const since = throttleWindowStart(now, settings);
  return db.$transaction(async (tx) => {
    if (address !== null) {
      // Under the lock, concurrent guesses from one address cannot all pass the count before any is recorded.
      await lockCareLinkAttempts(tx, address);
      const failures = await tx.careLinkFailure.findMany({
        where: { address, attemptedAt: { gt: since } },
        select: { attemptedAt: true },
      });
      const decision = decideSignInThrottle(
        { account: [], address: failures.map((failure) => failure.attemptedAt) },
        now,
        settings,
      );
      if (!decision.allowed) return { status: 'THROTTLED', retryAt: decision.retryAt };
    }

    const parsed = ZCareLinkToken.safeParse(token);
    const link = parsed.success
      ? await tx.careLink.findUnique({
          where: { tokenHash: hashCareLinkToken(parsed.data) },
          select: { id: true, patientId: true, caregiverName: true, expiresAt: true, revokedAt: true },
        })
      : null;
    if (!link || careLinkState(link, now) !== 'ACTIVE') {
      if (address !== null) {
        await tx.careLinkFailure.deleteMany({ where: { address, attemptedAt: { lte: since } } });
        await tx.careLinkFailure.create({ data: { address, attemptedAt: now } });
      }
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
