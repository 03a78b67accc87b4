import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { hashPassword, verifyPassword } from '@/lib/auth/password';

export type SignInCheck =
  | { status: 'SIGNED_IN'; actor: Actor }
  /** No such account, or the wrong password: the caller must not say which. */
  | { status: 'WRONG_CREDENTIALS' }
  /** Right password, deactivated account: telling only someone who knows the password reveals nothing to a guesser. */
  | { status: 'DEACTIVATED' };

// Hashed once, so an unknown email costs the same argon2 work as a known one and the response
// time does not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;

export async function verifyCredentials(email: string, password: string): Promise<SignInCheck> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) {
    await verifyPassword(await (decoyHash ??= hashPassword(randomUUID())), password);
    return { status: 'WRONG_CREDENTIALS' };
  }
  if (!(await verifyPassword(user.passwordHash, password))) return { status: 'WRONG_CREDENTIALS' };
  if (user.deactivatedAt) return { status: 'DEACTIVATED' };
  return { status: 'SIGNED_IN', actor: { id: user.id, role: user.role, name: user.name, email: user.email } };
}
