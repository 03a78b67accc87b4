import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { accountListScope, ACCOUNTS, authorize, can, type AccountList, type Role } from '@/lib/auth/policy';
import { hashPassword } from '@/lib/auth/password';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { createOnce, isUniqueViolation } from '@/lib/server/create-once';
import { lockClinicWide } from '@/lib/server/locks';
import { revokeUserSessions } from './auth-sessions';
import type { CreateUserInput, ResetPasswordInput } from '@/lib/validation/user';
import { translatable } from '@/lib/i18n/translatable';

const EMAIL_TAKEN = translatable('errors.refusal.account.emailTaken');

export type UserListItem = {
  id: string;
  name: string;
  email: string;
  role: Role;
  deactivatedAt: Date | null;
  /** When a parent's personal data was erased (./erase-parent-data.ts); null otherwise. */
  erasedAt: Date | null;
};

/**
 * A picker's list of active accounts (see AccountList): the therapists to prescribe with (guardians
 * are searched instead, ./search-guardians.ts; the admin's list of everyone is paged,
 * ./list-accounts-page.ts). A list outside the actor's reach is refused outright, so a page wired
 * to the wrong list fails loudly instead of showing an empty one. Names of the accounts to choose
 * from, as any form shows, are not logged as a read.
 */
export async function listUsers(
  actor: Actor,
  list: Exclude<AccountList, 'everyone'>,
): Promise<Omit<UserListItem, 'erasedAt'>[]> {
  return db.user.findMany({
    where: accountListScope(actor, list),
    orderBy: [{ role: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, email: true, role: true, deactivatedAt: true },
  });
}

export async function createUser(actor: Actor, input: CreateUserInput): Promise<{ id: string }> {
  authorize(actor, 'MANAGE_USERS');
  const passwordHash = await hashPassword(input.password);
  try {
    return await createOnce(
      input.idempotencyKey,
      () =>
        db.$transaction(async (tx) => {
          const user = await tx.user.create({
            data: {
              idempotencyKey: input.idempotencyKey,
              name: input.name,
              email: input.email,
              role: input.role,
              passwordHash,
            },
            select: { id: true },
          });
          await recordAudit(tx, actor, {
            action: 'CREATE',
            subject: { type: 'ACCOUNT', id: user.id },
            patientId: null,
          });
          return user;
        }),
      // Every account is within an admin's reach.
      (key) => db.user.findUnique({ where: { idempotencyKey: key }, select: { id: true } }),
    );
  } catch (error) {
    // Not the same form again: the email is taken.
    if (isUniqueViolation(error)) {
      throw new AppError('CONFLICT', EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
    }
    throw error;
  }
}

/**
 * Stops an account from signing in; its open sessions are revoked, so they end on their next
 * request (see checkSession). Its history (courses, sessions, guardianships) stays, under its name.
 */
export async function deactivateUser(actor: Actor, userId: string): Promise<{ name: string }> {
  authorize(actor, 'MANAGE_USERS');
  if (userId === actor.id) throw new AppError('INVALID_STATE', translatable('errors.refusal.account.deactivateSelf'));
  return db.$transaction(async (tx) => {
    await lockClinicWide(tx, 'ACCOUNTS');
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { name: true, role: true, deactivatedAt: true },
    });
    if (!user) throw notFound('ACCOUNT', userId);
    if (user.deactivatedAt) return { name: user.name };
    if (can(user.role, 'MANAGE_USERS')) {
      const otherActiveAdmins = await tx.user.count({
        where: { ...ACCOUNTS.userManagers, deactivatedAt: null, id: { not: userId } },
      });
      if (otherActiveAdmins === 0)
        throw new AppError('INVALID_STATE', translatable('errors.refusal.account.lastAdmin', { name: user.name }));
    }
    await tx.user.update({ where: { id: userId }, data: { deactivatedAt: new Date() } });
    await revokeUserSessions(tx, userId, 'deactivated');
    await recordAudit(tx, actor, { action: 'UPDATE', subject: { type: 'ACCOUNT', id: userId }, patientId: null });
    return { name: user.name };
  });
}

export async function reactivateUser(actor: Actor, userId: string): Promise<{ name: string }> {
  authorize(actor, 'MANAGE_USERS');
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true, erasure: true } });
  if (!user) throw notFound('ACCOUNT', userId);
  if (user.erasure) throw new AppError('INVALID_STATE', translatable('errors.refusal.erasedStaysClosed'));
  // Sessions from before the deactivation stay ended: reactivated, the person signs in afresh.
  // Only a deactivated account changes, so reactivating twice does not sign out the new sessions.
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, deactivatedAt: { not: null } },
      data: { deactivatedAt: null },
    });
    if (count === 0) return;
    await revokeUserSessions(tx, userId, 'reactivated');
    await recordAudit(tx, actor, { action: 'UPDATE', subject: { type: 'ACCOUNT', id: userId }, patientId: null });
  });
  return { name: user.name };
}

/** The admin sets a new password; the old one, and every session opened with it, stop working at once. */
export async function resetPassword(actor: Actor, input: ResetPasswordInput): Promise<{ name: string }> {
  authorize(actor, 'MANAGE_USERS');
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { name: true } });
  if (!user) throw notFound('ACCOUNT', input.userId);
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: input.userId }, data: { passwordHash } });
    await revokeUserSessions(tx, input.userId, 'password-reset');
    await recordAudit(tx, actor, { action: 'UPDATE', subject: { type: 'ACCOUNT', id: input.userId }, patientId: null });
  });
  return user;
}
