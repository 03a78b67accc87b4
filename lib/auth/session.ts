import 'server-only';
import { getServerSession } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { findActiveActor } from '@/lib/server/users/find-active-actor';
import type { Actor } from './actor';
import { authOptions } from './options';
import { can, PAGE_PERMISSIONS, type PageRoute } from './policy';

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

/** For the signed-in layout: signed-out visitors go to the sign-in page. */
export async function requireUser(): Promise<Actor> {
  const actor = await getCurrentUser();
  if (!actor) redirect('/login');
  return actor;
}

/**
 * The first line of every page under app/(app): the signed-in user whose role may open `route`
 * (PAGE_PERMISSIONS). A role that may not gets "not found", as if the page did not exist. What
 * the page then shows is the use cases' decision, not the guard's.
 */
export async function requirePage(route: PageRoute): Promise<Actor> {
  const actor = await requireUser();
  if (!can(actor.role, PAGE_PERMISSIONS[route])) notFound();
  return actor;
}
