import 'server-only';
import { getServerSession } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { findActiveActor } from '@/lib/server/users/find-active-actor';
import type { Actor } from './actor';
import { authOptions } from './options';
import { can, type Permission } from './permissions';

/**
 * The signed-in person, as their account stands now: a deactivated account, or a sign-in from
 * before a password reset, is signed out on its next request, not when its token expires. Cached per request, so the layout, the page and an
 * action share one lookup.
 */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  if (!user?.id) return null;
  return findActiveActor(user.id, new Date(user.signedInAt));
});

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
