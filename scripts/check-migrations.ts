/**
 * Fails when applying every migration to an empty database does not give exactly the database
 * that prisma/schema.prisma describes: a schema edit committed without its migration, or a
 * migration edited by hand. `npm test` runs it first (scripts/run-tests.ts).
 *
 * Prisma's own check (`migrate diff --from-migrations` or `--from-url`) reads a live database's
 * structure, which its WASM engine cannot do here ("Column type 'char' could not be
 * deserialized"). So two empty embedded databases (PGlite) are built, one by the migrations and
 * one by the SQL Prisma writes for the schema, and their catalogs are compared line by line.
 * The Prisma CLI needs DATABASE_URL even to write that SQL: run through scripts/with-database.ts.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

const SCHEMA = 'prisma/schema.prisma';
const MIGRATIONS = 'prisma/migrations';

// Column order is left out: a migration appends a new column, the schema's SQL lists it in place,
// and Prisma does not treat that as a difference either.
const CATALOG_QUERIES = [
  `SELECT format('enum %I (%s)', t.typname, string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)) AS line
     FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' GROUP BY t.typname`,
  `SELECT format('column %I.%I %s%s%s', c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                 CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END,
                 COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')) AS line
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`,
  `SELECT format('constraint %I.%I %s', c.relname, con.conname, pg_get_constraintdef(con.oid)) AS line
     FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public'`,
  `SELECT pg_get_indexdef(i.indexrelid) AS line
     FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public'`,
];

function schemaSql(): string {
  const diff = spawnSync(
    'npx',
    ['tsx', 'scripts/prisma.ts', 'migrate', 'diff', '--from-empty', '--to-schema-datamodel', SCHEMA, '--script'],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (diff.status !== 0) throw new Error(`prisma migrate diff failed (exit ${diff.status}).`);
  // Prisma prints a line about its config before the SQL.
  return diff.stdout.slice(diff.stdout.indexOf('--'));
}

function migrationSqls(): string[] {
  return readdirSync(MIGRATIONS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((folder) => readFileSync(path.join(MIGRATIONS, folder, 'migration.sql'), 'utf8'));
}

/** The tables, columns, constraints, indexes and enums an empty database has after `scripts`. */
async function catalogAfter(scripts: string[]): Promise<Set<string>> {
  const database = await PGlite.create({ extensions: { pg_trgm, btree_gist } });
  try {
    for (const sql of scripts) await database.exec(sql);
    const lines = new Set<string>();
    for (const query of CATALOG_QUERIES) {
      for (const row of (await database.query<{ line: string }>(query)).rows) lines.add(row.line);
    }
    return lines;
  } finally {
    await database.close();
  }
}

function isPartialIndex(line: string): boolean {
  return /^CREATE (UNIQUE )?INDEX .* WHERE /.test(line);
}

function isExclusionOrCheck(line: string): boolean {
  return /^constraint \S+ (EXCLUDE|CHECK) /.test(line);
}

async function main(): Promise<void> {
  const [migrated, described] = [await catalogAfter(migrationSqls()), await catalogAfter([schemaSql()])];
  // Prisma's schema cannot express a partial index (WHERE), an exclusion or a check constraint, so
  // the migrations may add those alone.
  const onlyMigrated = [...migrated]
    .filter((line) => !described.has(line) && !isPartialIndex(line) && !isExclusionOrCheck(line))
    .sort();
  const onlyDescribed = [...described].filter((line) => !migrated.has(line)).sort();
  if (onlyMigrated.length === 0 && onlyDescribed.length === 0) {
    console.log(`The migrations in ${MIGRATIONS} build exactly ${SCHEMA} (${migrated.size} catalog entries).`);
    return;
  }
  console.error(`The migrations in ${MIGRATIONS} do not build ${SCHEMA}.`);
  if (onlyDescribed.length > 0)
    console.error(
      `\nIn ${SCHEMA}, missing from the migrations:\n${onlyDescribed.map((line) => `  + ${line}`).join('\n')}`,
    );
  if (onlyMigrated.length > 0)
    console.error(
      `\nMade by the migrations, not in ${SCHEMA}:\n${onlyMigrated.map((line) => `  - ${line}`).join('\n')}`,
    );
  console.error(
    '\nWrite the missing migration with `npm run db:new-migration -- <name>` (README, "Database changes").',
  );
  process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
