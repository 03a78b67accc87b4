/**
 * Runs a command against a PostgreSQL database, so every entry point (demo, dev, tests, Prisma CLI)
 * gets one in the same way (and the local next-auth settings, see local-app-env.ts):
 *   - DATABASE_URL set: that server is used as it is;
 *   - otherwise an embedded PostgreSQL (PGlite, WASM) is served on a free loopback port, kept in
 *     .data/pglite (or in memory with --ephemeral, for tests), and DATABASE_URL points at it.
 *
 * usage: tsx scripts/with-database.ts [--ephemeral] [--migrate] [--seed] -- <command> [args...]
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { demoSignIns } from '../prisma/demo-accounts';
import { hasAccounts } from './has-accounts';
import { localAppEnv } from './local-app-env';
import { isDeployNeeded } from './pending-migrations';
import { prismaEngineEnv } from './prisma-env';

const EMBEDDED_DATA_DIR = path.resolve('.data', 'pglite');

type Options = { ephemeral: boolean; migrate: boolean; seed: boolean; command: string[] };

function parseArgs(argv: string[]): Options {
  const separator = argv.indexOf('--');
  const flags = separator === -1 ? argv : argv.slice(0, separator);
  const command = separator === -1 ? [] : argv.slice(separator + 1);
  const known = new Set(['--ephemeral', '--migrate', '--seed']);
  const unknown = flags.filter((flag) => !known.has(flag));
  if (unknown.length > 0 || command.length === 0) {
    console.error('usage: tsx scripts/with-database.ts [--ephemeral] [--migrate] [--seed] -- <command> [args...]');
    process.exit(2);
  }
  return {
    ephemeral: flags.includes('--ephemeral'),
    migrate: flags.includes('--migrate'),
    seed: flags.includes('--seed'),
    command,
  };
}

function run(command: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const [program, ...args] = command as [string, ...string[]];
    const child = spawn(program, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

async function startEmbedded(ephemeral: boolean): Promise<{ url: string; stop: () => Promise<void> }> {
  if (!ephemeral) mkdirSync(EMBEDDED_DATA_DIR, { recursive: true });
  // Loaded only when needed: a start on DATABASE_URL should not pay for the WASM database's modules.
  const [{ PGlite }, { startPgliteServer }, { pg_trgm }, { btree_gist }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('./pglite-server'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/btree_gist'),
  ]);
  // The extensions the migrations create (prisma/schema.prisma's `extensions`) must be loaded here.
  const pglite = await PGlite.create(ephemeral ? undefined : EMBEDDED_DATA_DIR, {
    extensions: { pg_trgm, btree_gist },
    // PostgreSQL's default 128 MB of shared buffers (64 MB to build an index) live in WebAssembly
    // memory, which never shrinks: a clinic's data fits in far less. Measured on 400,000 rows with
    // an index: 666 MB resident at rest with the defaults, 532 MB with these.
    startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB', '-c', 'maintenance_work_mem=16MB'],
  });
  const server = await startPgliteServer(pglite, '127.0.0.1');
  const { port } = server;
  const where = ephemeral ? 'in memory' : `in ${path.relative(process.cwd(), EMBEDDED_DATA_DIR)}`;
  console.log(`Embedded PostgreSQL (PGlite) ${where}, on 127.0.0.1:${port}`);
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await pglite.close();
    },
  };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const embedded = process.env.DATABASE_URL ? null : await startEmbedded(options.ephemeral);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...prismaEngineEnv(),
    NEXT_TELEMETRY_DISABLED: '1',
    ...localAppEnv(process.env),
    DATABASE_URL: process.env.DATABASE_URL ?? embedded?.url,
    // Lets test helpers know the database is a throwaway one (see prisma/reset-database.ts).
    ...(embedded && options.ephemeral ? { EMBEDDED_DATABASE: 'in-memory' } : {}),
  };

  let exitCode = 0;
  if (options.migrate) {
    if (await isDeployNeeded(env.DATABASE_URL as string))
      exitCode = await run(['npx', 'prisma', 'migrate', 'deploy'], env);
    else console.log('Migrations: all applied, nothing to deploy.');
  }
  if (exitCode === 0 && options.seed) {
    if (await hasAccounts(env.DATABASE_URL as string)) console.log('Demo clinic: seeded already.');
    else exitCode = await run(['npx', 'tsx', '--conditions=react-server', 'prisma/seed.ts'], env);
    if (exitCode === 0) console.log(demoSignIns(env.NEXTAUTH_URL as string));
  }
  if (exitCode === 0) exitCode = await run(options.command, env);

  await embedded?.stop();
  process.exit(exitCode);
}

void main();
