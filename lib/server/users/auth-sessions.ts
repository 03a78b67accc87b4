import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { decideSession, type SessionEndReason } from '@/lib/domain/session-lifetime';
import { notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { getSecuritySettings } from '@/lib/server/settings/security-settings';

/** Why a session was revoked, kept on its row. */
export type RevokeReason =
  'sign-out' | 'sign-out-everywhere' | 'password-reset' | 'deactivated' | 'reactivated' | 'personal-data-erased';

/** locale: the interface language the user saved (lib/i18n/locales.ts), read with the account at no extra cost. */
export type SessionCheck =
  { status: 'ACTIVE'; actor: Actor; locale: string | null } | { status: 'ENDED'; reason: SessionEndReason };

/**
 * The person behind a session id, as their account stands now, or why the session no longer
 * counts (signed out, revoked, idle, too old, account deactivated). Sessions are JWTs that would
 * stay valid for hours; reading the session and the account by primary key on every request makes
 * a sign-out, a revocation or a deactivation take effect at once, and a role always comes from the
 * database. A good session's lastSeenAt moves (at most once a minute, see decideSession).
 */
export async function checkSession(sessionId: string, now = new Date()): Promise<SessionCheck> {
  const [session, settings] = await Promise.all([
    db.authSession.findUnique({
      where: { id: sessionId },
      select: {
        createdAt: true,
        lastSeenAt: true,
        revokedAt: true,
        user: { select: { id: true, role: true, name: true, email: true, deactivatedAt: true, locale: true } },
      },
    }),
    getSecuritySettings(),
  ]);
  if (!session || session.user.deactivatedAt) return { status: 'ENDED', reason: 'revoked' };
  const decision = decideSession(session, now, settings);
  if (decision.status === 'ENDED') return decision;
  if (decision.touch) await db.authSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  const { id, role, name, email, locale } = session.user;
  return { status: 'ACTIVE', actor: { id, role, name, email }, locale };
}

/** Signing out: this browser's session ends on the server, so its cookie no longer works anywhere. */
export async function revokeSession(sessionId: string, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const session = await tx.authSession.findUnique({
      where: { id: sessionId },
      select: { user: { select: { id: true, role: true } } },
    });
    const { count } = await tx.authSession.updateMany({
      where: { id: sessionId, revokedAt: null },
      data: { revokedAt: now, reason: 'sign-out' },
    });
    if (!session || count === 0) return;
    const { user } = session;
    await recordAudit(tx, user, { action: 'SIGN_OUT', subject: { type: 'ACCOUNT', id: user.id }, patientId: null });
  });
}

/** Ends every open session of an account: the one way sign-ins stop counting (used inside the account changes' writes). */
export async function revokeUserSessions(
  client: Pick<Prisma.TransactionClient, 'authSession'>,
  userId: string,
  reason: RevokeReason,
  now = new Date(),
): Promise<number> {
  const { count } = await client.authSession.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: now, reason },
  });
  return count;
}

/** "Sign out everywhere": the person for their own account, an admin for any account. */
export async function signOutEverywhere(actor: Actor, userId: string): Promise<{ name: string; count: number }> {
  if (userId !== actor.id) authorize(actor, 'MANAGE_USERS');
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true } });
  if (!user) throw notFound('ACCOUNT', userId);
  const count = await db.$transaction(async (tx) => {
    const revoked = await revokeUserSessions(tx, userId, 'sign-out-everywhere');
    await recordAudit(tx, actor, { action: 'SIGN_OUT', subject: { type: 'ACCOUNT', id: userId }, patientId: null });
    return revoked;
  });
  return { name: user.name, count };
}
