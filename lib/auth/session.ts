import 'server-only';
import { getServerSession } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import type { SessionEndReason } from '@/lib/domain/session-lifetime';
import { recordRefusal } from '@/lib/server/audit/audit-refusal';
import { checkSession } from '@/lib/server/users/auth-sessions';
import type { Actor } from './actor';
import { authOptions } from './options';
import { can, PAGE_PERMISSIONS, type PageRoute } from './policy';

type Visitor = { actor: Actor; locale: string | null } | { actor: null; endedBecause: SessionEndReason | null };

/**
 * Who is asking, checked against the server-side session on every request (checkSession): a
 * sign-out, an idle or too old session, a revoked one (password reset, deactivation, "sign out
 * everywhere") is refused on its next request, whatever the cookie says. Cached per request, so
 * the layout, the page and an action share one lookup.
 */
const readVisitor = cache(async (): Promise<Visitor> => {
  const session = await getServerSession(authOptions);
  const sessionId = session?.user?.sessionId;
  // A cookie from before server-side sessions carries no id: it counts as signed out.
  if (!sessionId) return { actor: null, endedBecause: session ? 'revoked' : null };
  const check = await checkSession(sessionId);
  return check.status === 'ACTIVE'
    ? { actor: check.actor, locale: check.locale }
    : { actor: null, endedBecause: check.reason };
});

/** The signed-in person, as their account stands now, or null. */
export async function getCurrentUser(): Promise<Actor | null> {
  return (await readVisitor()).actor;
}

/** The interface language the signed-in user saved, or null (signed out, or never chose one). */
export async function getSavedLocale(): Promise<string | null> {
  const visitor = await readVisitor();
  return visitor.actor ? visitor.locale : null;
}

/** For the signed-in layout: signed-out visitors go to the sign-in page, told why when a session ended. */
export async function requireUser(): Promise<Actor> {
  const visitor = await readVisitor();
  if (visitor.actor) return visitor.actor;
  redirect(visitor.endedBecause ? `/login?reason=${visitor.endedBecause}` : '/login');
}

/**
 * The first line of every page under app/(app): the signed-in user whose role may open `route`
 * (PAGE_PERMISSIONS). A role that may not gets "not found", as if the page did not exist. What
 * the page then shows is the use cases' decision, not the guard's.
 */
export async function requirePage(route: PageRoute): Promise<Actor> {
  const actor = await requireUser();
  if (can(actor.role, PAGE_PERMISSIONS[route])) return actor;
  await recordRefusal(actor, 'FORBIDDEN', { type: 'PAGE', id: route });
  notFound();
}
