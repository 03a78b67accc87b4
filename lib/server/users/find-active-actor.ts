import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/**
 * The signed-in account as stored now, or null once it has been deactivated (or removed), or
 * when this sign-in predates its password reset or reactivation. Sessions are JWTs that stay
 * valid for hours; reading the account by its primary key on every request makes those take
 * effect at once, and a role always comes from the database.
 */
export async function findActiveActor(userId: string, signedInAt: Date): Promise<Actor | null> {
  return db.user.findUnique({
    where: {
      id: userId,
      deactivatedAt: null,
      OR: [{ sessionsValidFrom: null }, { sessionsValidFrom: { lte: signedInAt } }],
    },
    select: { id: true, role: true, name: true, email: true },
  });
}
