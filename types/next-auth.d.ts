import type { Role } from '@/lib/auth/policy';

declare module 'next-auth' {
  interface User {
    id: string;
    role: Role;
    /** The server-side session (AuthSession) that sign-in opened. */
    sessionId: string;
  }
  interface Session {
    user?: { id: string; role: Role; sessionId: string; name?: string | null; email?: string | null };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role?: Role;
    sessionId?: string;
  }
}
