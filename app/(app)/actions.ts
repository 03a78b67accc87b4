'use server';

import { getServerSession } from 'next-auth';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { authOptions } from '@/lib/auth/options';
import { usesSecureCookies } from '@/lib/auth/secure-cookies';
import { env } from '@/lib/env';
import { revokeSession, signOutEverywhere } from '@/lib/server/users/auth-sessions';

/** next-auth's session cookie, and the parts it splits a large one into. */
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/**
 * The header's "Sign out", a plain form bound to its idle state (components/layout/sign-out-form.tsx):
 * next-auth's client script for the same (signOut from next-auth/react) cost every signed-in page
 * about 10 kB of gzipped JavaScript. It does what next-auth's sign-out does here: the server-side
 * session ends (audited, see revokeSession), so the cookie no longer works anywhere, and the cookie
 * is cleared. It takes no input and is safe to send twice.
 */
export const signOutAction = defineAction({
  schema: z.object({}),
  run: async () => {
    const session = await getServerSession(authOptions);
    if (session?.user?.sessionId) await revokeSession(session.user.sessionId);
    const store = await cookies();
    for (const { name } of store.getAll())
      if (SESSION_COOKIE.test(name))
        store.set({
          name,
          value: '',
          maxAge: 0,
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: usesSecureCookies(env.NEXTAUTH_URL),
        });
  },
  onSuccess: () => redirect('/login'),
});

/** The header's "Sign out everywhere": every session of the signed-in person, this one too. */
export const signOutEverywhereAction = defineAction({
  schema: z.object({}),
  run: (_input, actor) => signOutEverywhere(actor, actor.id),
  onSuccess: () => redirect('/login?reason=revoked'),
});
