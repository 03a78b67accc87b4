import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { can, type Role } from '@/lib/auth/permissions';
import { hashPassword } from '@/lib/auth/password';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { listableRoles } from '@/lib/server/access';
import type { CreateUserInput, ResetPasswordInput } from '@/lib/validation/user';

export type UserListItem = { id: string; name: string; email: string; role: Role; deactivatedAt: Date | null };

// Serialises deactivations, so two admins deactivating each other at once cannot both succeed.
const ADMIN_ROSTER_LOCK_KEY = 7_320_418;

function assertCanManage(actor: Actor): void {
  if (!can(actor.role, 'MANAGE_USERS')) throw new AppError('FORBIDDEN', 'Only a clinic admin can manage accounts.');
}

/**
 * People of some roles: active ones for pickers (guardians, therapists), everyone with their
 * status for the admin list. Asking for a role outside the actor's reach is refused outright,
 * so a page wired to the wrong list fails loudly instead of showing an empty one.
 */
export async function listUsers(actor: Actor, roles: readonly Role[], { includeDeactivated = false } = {}): Promise<UserListItem[]> {
  const allowed = listableRoles(actor);
  if (roles.some((role) => !allowed.includes(role))) throw new AppError('FORBIDDEN', 'You cannot list these accounts.');
  if (includeDeactivated) assertCanManage(actor);
  return db.user.findMany({
    where: { role: { in: [...roles] }, ...(includeDeactivated ? {} : { deactivatedAt: null }) },
    orderBy: [{ role: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, email: true, role: true, deactivatedAt: true },
  });
}

export async function createUser(actor: Actor, input: CreateUserInput): Promise<{ id: string }> {
  if (!can(actor.role, 'MANAGE_USERS')) throw new AppError('FORBIDDEN', 'Only a clinic admin can add accounts.');
  try {
    return await db.user.create({
      data: { name: input.name, email: input.email, role: input.role, passwordHash: await hashPassword(input.password) },
      select: { id: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('CONFLICT', 'An account with this email already exists.', { email: ['An account with this email already exists.'] });
    }
    throw error;
  }
}

/**
 * Stops an account from signing in; sessions already open end on their next request (see
 * findActiveActor). Its history (courses, sessions, guardianships) stays, under its name.
 */
export async function deactivateUser(actor: Actor, userId: string): Promise<{ name: string }> {
  assertCanManage(actor);
  if (userId === actor.id) throw new AppError('INVALID_STATE', 'You cannot deactivate your own account. Another clinic admin can.');
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMIN_ROSTER_LOCK_KEY})`;
    const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true, role: true, deactivatedAt: true } });
    if (!user) throw notFound('The account');
    if (user.deactivatedAt) return { name: user.name };
    if (user.role === 'ADMIN') {
      const otherActiveAdmins = await tx.user.count({ where: { role: 'ADMIN', deactivatedAt: null, id: { not: userId } } });
      if (otherActiveAdmins === 0) throw new AppError('INVALID_STATE', `${user.name} is the last active clinic admin; the clinic would have nobody to manage accounts.`);
    }
    const now = new Date();
    await tx.user.update({ where: { id: userId }, data: { deactivatedAt: now, sessionsValidFrom: now } });
    return { name: user.name };
  });
}

export async function reactivateUser(actor: Actor, userId: string): Promise<{ name: string }> {
  assertCanManage(actor);
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true } });
  if (!user) throw notFound('The account');
  // Sessions from before the deactivation stay ended: reactivated, the person signs in afresh.
  // Only a deactivated account changes, so reactivating twice does not sign out the new sessions.
  await db.user.updateMany({ where: { id: userId, deactivatedAt: { not: null } }, data: { deactivatedAt: null, sessionsValidFrom: new Date() } });
  return user;
}

/** The admin sets a new password; the old one, and every session opened with it, stop working at once. */
export async function resetPassword(actor: Actor, input: ResetPasswordInput): Promise<{ name: string }> {
  assertCanManage(actor);
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { name: true } });
  if (!user) throw notFound('The account');
  await db.user.update({ where: { id: input.userId }, data: { passwordHash: await hashPassword(input.password), sessionsValidFrom: new Date() } });
  return user;
}
