import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env } from '@/lib/env';
import { ACCOUNT_DEACTIVATED_ERROR, ZSignInSchema } from '@/lib/validation/auth';
import { verifyCredentials } from '@/lib/server/users/verify-credentials';
import { isRole } from './policy';

const EIGHT_HOURS = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: EIGHT_HOURS },
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials) {
        const parsed = ZSignInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const check = await verifyCredentials(parsed.data.email, parsed.data.password);
        switch (check.status) {
          case 'SIGNED_IN':
            return check.actor;
          case 'WRONG_CREDENTIALS':
            return null;
          case 'DEACTIVATED':
            // next-auth hands a thrown error's message to the form as its `error`.
            throw new Error(ACCOUNT_DEACTIVATED_ERROR);
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        // Kept from sign-in on: next-auth renews `iat` whenever it refreshes the token.
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub && isRole(token.role)) {
        session.user.id = token.sub;
        session.user.role = token.role;
        session.user.signedInAt = token.signedInAt ?? 0;
      }
      return session;
    },
  },
};
