/**
 * Whether `prisma migrate deploy` has anything to do, answered in one query: deploy itself takes
 * about 12 s on these machines even when nothing is pending (it loads the WASM schema engine),
 * which every start paid. Anything unusual (no migrations table, a failed or rolled-back
 * migration, a name on one side only) counts as pending, so deploy runs and reports it as it does.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const MIGRATIONS_DIR = path.resolve('prisma', 'migrations');

/** The migrations in the repository, by directory name (migration_lock.toml is not one). */
export function migrationsInRepository(directory = MIGRATIONS_DIR): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

type AppliedRow = { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null };

/** True unless every migration of the repository is applied, and nothing else is recorded. */
export function hasPendingMigrations(inRepository: readonly string[], rows: readonly AppliedRow[]): boolean {
  if (rows.some((row) => row.finished_at === null || row.rolled_back_at !== null)) return true;
  const applied = new Set(rows.map((row) => row.migration_name));
  return applied.size !== inRepository.length || inRepository.some((name) => !applied.has(name));
}

export async function isDeployNeeded(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    const { rows } = await client.query<AppliedRow>(
      'SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"',
    );
    return hasPendingMigrations(migrationsInRepository(), rows);
  } catch {
    // No table yet (a new database) or no answer: deploy creates it, or says what is wrong.
    return true;
  } finally {
    await client.end().catch(() => undefined);
  }
}
