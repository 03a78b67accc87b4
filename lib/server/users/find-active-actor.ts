import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/**
 * The signed-in account as stored now, or null once it has been deactivated (or removed).
 * Sessions are JWTs that stay valid for hours; reading the account by its primary key on every
 * request makes a deactivation take effect at once, and a role always comes from the database.
 */
export async function findActiveActor(userId: string): Promise<Actor | null> {
  return db.user.findUnique({
    where: { id: userId, deactivatedAt: null },
    select: { id: true, role: true, name: true, email: true },
  });
}
