import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { verifyPassword } from '@/lib/auth/password';

/** The user with this email and password, or null; the caller must not say which was wrong. */
export async function verifyCredentials(email: string, password: string): Promise<Actor | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) return null;
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}
