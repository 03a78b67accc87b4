import 'server-only';
import { db } from '@/lib/db';

/**
 * The names of the accounts that a list of rows refers to, in one statement for every id, and none
 * when there are no ids: an `include` of a person per relation costs a statement each, even for a
 * list with no rows (Prisma asks `IN (NULL)`). Each id comes from a required foreign key, so its
 * account exists (an erased account keeps its row).
 */
export async function userNames(ids: Iterable<string | null>): Promise<(id: string) => string> {
  const wanted = [...new Set([...ids].filter((id) => id !== null))];
  const users =
    wanted.length === 0
      ? []
      : await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  const names = new Map(users.map((user) => [user.id, user.name]));
  return (id) => names.get(id) ?? '';
}
