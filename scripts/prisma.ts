/** The Prisma CLI with the engine placeholders it needs offline: tsx scripts/prisma.ts <args>. */
import { spawnSync } from 'node:child_process';
import { prismaEngineEnv } from './prisma-env';

const result = spawnSync('npx', ['prisma', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ...prismaEngineEnv() },
});
process.exit(result.status ?? 1);
