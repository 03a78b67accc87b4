import type { Role } from '@/lib/auth/permissions';

declare module 'next-auth' {
  interface User {
    id: string;
    role: Role;
  }
  interface Session {
    /** `signedInAt`: milliseconds since the epoch; 0 for a token from before it was recorded. */
    user?: { id: string; role: Role; signedInAt: number; name?: string | null; email?: string | null };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role?: Role;
    signedInAt?: number;
  }
}
