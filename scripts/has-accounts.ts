/**
 * Whether the database already holds an account, asked in one query: then the demo seed has
 * nothing to do, and starting its process (tsx compiling the use cases, a Prisma client) only to
 * learn so cost every demo start several seconds.
 */
import pg from 'pg';

export async function hasAccounts(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    const { rows } = await client.query<{ found: boolean }>('SELECT EXISTS (SELECT FROM "User") AS found');
    return rows[0]?.found === true;
  } catch {
    // No table or no answer: the seed runs, and says what is wrong if anything is.
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
