/**
 * Makes a new migration from your edits to prisma/schema.prisma:
 *   npm run db:new-migration -- add_course_notes
 *
 * Prisma's own `migrate dev` needs the Rust schema engine (not downloadable here) or a shadow
 * database it cannot make through the driver adapter, so the migration is the SQL diff between
 * the committed schema (git HEAD) and the working one, then checked by scripts/check-migrations.ts
 * (every migration applied to an empty database gives exactly the working schema).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SCHEMA = 'prisma/schema.prisma';
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:new-migration -- <name_in_snake_case>');
  process.exit(2);
}

const committedSchema = path.join(mkdtempSync(path.join(tmpdir(), 'schema-')), 'schema.prisma');
writeFileSync(committedSchema, execFileSync('git', ['show', `HEAD:${SCHEMA}`], { encoding: 'utf8' }));

const withDatabase = (...command: string[]) => ['tsx', 'scripts/with-database.ts', '--ephemeral', ...command];
const diff = spawnSync(
  'npx',
  withDatabase(
    '--',
    'npx',
    'tsx',
    'scripts/prisma.ts',
    'migrate',
    'diff',
    '--from-schema-datamodel',
    committedSchema,
    '--to-schema-datamodel',
    SCHEMA,
    '--script',
  ),
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
);
if (diff.status !== 0) process.exit(diff.status ?? 1);
// Keep only the SQL: the wrapper and Prisma print a line each before it.
const sql = diff.stdout.slice(diff.stdout.indexOf('--'));
if (!sql.trim() || sql.includes('This is an empty migration')) {
  console.log(`No changes between the committed ${SCHEMA} and yours: no migration made.`);
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const folder = path.join('prisma', 'migrations', `${stamp}_${name}`);
mkdirSync(folder, { recursive: true });
writeFileSync(path.join(folder, 'migration.sql'), sql);
console.log(`Wrote ${folder}/migration.sql; checking that the migrations build exactly ${SCHEMA}…`);

const check = spawnSync('npx', withDatabase('--', 'npx', 'tsx', 'scripts/check-migrations.ts'), { stdio: 'inherit' });
process.exit(check.status ?? 1);
