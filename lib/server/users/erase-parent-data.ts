import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, isErasableAccount } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import {
  confirmsAccountEmail,
  ERASED_ACCOUNT_NAME,
  ERASED_PASSWORD_HASH,
  erasedAccountEmail,
} from '@/lib/domain/account-erasure';
import { AppError, notFound } from '@/lib/errors';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { lockClinicWide } from '@/lib/server/locks';
import type { EraseAccountInput } from '@/lib/validation/erase-account';
import { revokeUserSessions } from './auth-sessions';
import { translatable } from '@/lib/i18n/translatable';

/**
 * Erases a parent account's personal data on request while the children's records stay: the name
 * and email become a tombstone, the password goes, every session ends, the account is deactivated,
 * its guardianships end (a child keeps its other guardian, or has none) and the care links it gave
 * out, its calendar links and its open invitations stop working. The children, their courses and the sessions the parent recorded are not
 * touched; the sessions still point to the (now nameless) account. The decision (who, when, why)
 * is kept in AccountErasure and the audit log, in the same transaction.
 */
export async function eraseParentData(actor: Actor, input: EraseAccountInput): Promise<{ erasedEmail: string }> {
  authorize(actor, 'ERASE_PARENT_DATA');
  return db.$transaction(async (tx) => {
    await lockClinicWide(tx, 'ACCOUNTS');
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { email: true, role: true, deactivatedAt: true, erasure: { select: { id: true } } },
    });
    if (!user) throw notFound('ACCOUNT', input.userId);
    if (!isErasableAccount(user.role)) throw new AppError('INVALID_STATE', translatable('errors.refusal.eraseStaff'));
    if (user.erasure) throw new AppError('INVALID_STATE', translatable('errors.refusal.alreadyErased'));
    if (!confirmsAccountEmail(input.confirmEmail, user.email))
      throw new AppError('INVALID_STATE', translatable('errors.refusal.eraseEmailMismatch'), {
        confirmEmail: [translatable('errors.refusal.eraseEmailExactly')],
      });

    const now = new Date();
    await tx.user.update({
      where: { id: input.userId },
      data: {
        name: ERASED_ACCOUNT_NAME,
        email: erasedAccountEmail(input.userId),
        passwordHash: ERASED_PASSWORD_HASH,
        deactivatedAt: user.deactivatedAt ?? now,
        idempotencyKey: null,
      },
    });
    await revokeUserSessions(tx, input.userId, 'personal-data-erased', now);
    const guardianships = await tx.guardianship.findMany({
      where: { userId: input.userId },
      select: { patientId: true },
    });
    await tx.guardianship.deleteMany({ where: { userId: input.userId } });
    await tx.careLink.updateMany({ where: { createdById: input.userId, revokedAt: null }, data: { revokedAt: now } });
    await tx.calendarFeed.updateMany({ where: { ownerId: input.userId, revokedAt: null }, data: { revokedAt: now } });
    // Invitations the parent made stop working; those made out to them lose the name and address.
    const madeToThem = { email: { equals: user.email, mode: 'insensitive' as const } };
    await tx.guardianInvitation.updateMany({
      where: { OR: [{ createdById: input.userId }, madeToThem], acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    await tx.guardianInvitation.updateMany({
      where: { OR: [{ acceptedById: input.userId }, madeToThem] },
      data: { name: ERASED_ACCOUNT_NAME, email: erasedAccountEmail(input.userId) },
    });
    // Failed sign-ins are kept by email: the old address must not stay behind there either.
    await tx.signInFailure.deleteMany({ where: { email: user.email } });
    await tx.accountErasure.create({
      data: { userId: input.userId, erasedById: actor.id, erasedAt: now, reason: input.reason },
    });
    // Each child lost a guardian: their access log says so.
    for (const { patientId } of guardianships)
      await recordAudit(tx, actor, { action: 'UPDATE', subject: { type: 'PATIENT', id: patientId }, patientId });
    await recordAudit(tx, actor, { action: 'DELETE', subject: { type: 'ACCOUNT', id: input.userId }, patientId: null });
    return { erasedEmail: user.email };
  });
}
