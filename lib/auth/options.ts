import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { cookies } from 'next/headers';
import { SESSION_COOKIE_MAX_AGE_SECONDS } from '@/lib/domain/session-lifetime';
import { env } from '@/lib/env';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { signInError } from './sign-in-error';
import { ZSignInSchema } from '@/lib/validation/auth';
import { revokeSession } from '@/lib/server/users/auth-sessions';
import { adoptBrowserLocale } from '@/lib/server/users/save-locale';
import { signIn } from '@/lib/server/users/sign-in';
import { clientAddress } from './client-address';
import { isRole } from './policy';
import { usesSecureCookies } from './secure-cookies';

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  // The cookie's own limit; the server-side session (AuthSession) ends it sooner: idle timeout,
  // maximum length and revocation are decided there (lib/domain/session-lifetime.ts).
  session: { strategy: 'jwt', maxAge: SESSION_COOKIE_MAX_AGE_SECONDS },
  useSecureCookies: usesSecureCookies(env.NEXTAUTH_URL),
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        const parsed = ZSignInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await signIn(parsed.data, clientAddress(req.headers, env.TRUST_PROXY));
        switch (result.status) {
          case 'SIGNED_IN':
            await adoptBrowserLocale(result.actor.id, (await cookies()).get(LOCALE_COOKIE)?.value);
            return { ...result.actor, sessionId: result.sessionId };
          case 'WRONG_CREDENTIALS':
            return null;
          case 'DEACTIVATED':
          case 'THROTTLED':
          case 'UNAVAILABLE':
            // next-auth hands a thrown error's message to the form as its `error`.
            throw new Error(signInError(result));
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sessionId = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub && isRole(token.role) && token.sessionId) {
        session.user.id = token.sub;
        session.user.role = token.role;
        session.user.sessionId = token.sessionId;
      }
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sessionId) await revokeSession(token.sessionId);
    },
  },
};
