import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { can, type Role } from '@/lib/auth/permissions';
import { hashPassword } from '@/lib/auth/password';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import type { CreateUserInput } from '@/lib/validation/user';

export type UserListItem = { id: string; name: string; email: string; role: Role };

/** People of some roles, for pickers (guardians, therapists) and the admin list. */
export async function listUsers(roles: readonly Role[]): Promise<UserListItem[]> {
  return db.user.findMany({
    where: { role: { in: [...roles] } },
    orderBy: [{ role: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, email: true, role: true },
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
