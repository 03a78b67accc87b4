import { db } from '@/lib/db';

/**
 * Empties every table, for tests. Refuses any database whose name does not end in "test",
 * except an in-memory embedded one, so a mistyped DATABASE_URL cannot wipe a clinic's data.
 */
export async function resetDatabase(): Promise<void> {
  const name = new URL(process.env.DATABASE_URL ?? '').pathname.replace(/^\//, '');
  if (process.env.EMBEDDED_DATABASE !== 'in-memory' && !name.endsWith('test')) {
    throw new Error(`Refusing to empty database "${name}": test databases must have a name ending in "test".`);
  }
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  // The audit log refuses TRUNCATE by trigger (its migration). Triggers do not fire in a
  // replica session, which only a superuser may start: the tests' database user is one, the
  // app role of a deployment must not be, so this way out is not the app's.
  await db.$transaction([
    db.$executeRawUnsafe('SET LOCAL session_replication_role = replica'),
    db.$executeRawUnsafe(`TRUNCATE ${tables.map((table) => `"${table.tablename}"`).join(', ')} CASCADE`),
  ]);
}
