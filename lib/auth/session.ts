import 'server-only';
import { getServerSession } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import type { Actor } from './actor';
import { authOptions } from './options';
import { can, isRole, type Permission } from './permissions';

export async function getCurrentUser(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  if (!user?.id || !isRole(user.role)) return null;
  return { id: user.id, role: user.role, name: user.name ?? '', email: user.email ?? '' };
}

/**
 * For pages: the signed-in user holding `permission`. Signed-out visitors go to the sign-in page;
 * a role without the permission gets "not found", as if the page did not exist.
 */
export async function requireUser(permission?: Permission): Promise<Actor> {
  const actor = await getCurrentUser();
  if (!actor) redirect('/login');
  if (permission && !can(actor.role, permission)) notFound();
  return actor;
}
