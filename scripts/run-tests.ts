/**
 * Every test, in order: lint and format, that the migrations build exactly prisma/schema.prisma, unit and
 * integration (Vitest, against DATABASE_URL), then a production build, each page's first-load JavaScript
 * against its budget (issue 11: scripts/check-bundle-budget.ts) and the end-to-end journeys (Playwright
 * in Chromium) against the build. Run through scripts/with-database.ts, which provides the database
 * (`npm test` does).
 */
import { spawnSync } from 'node:child_process';

const STEPS: { title: string; command: string[] }[] = [
  { title: 'Lint and format (ESLint, Prettier)', command: ['npm', 'run', 'lint'] },
  { title: 'Migrations build exactly prisma/schema.prisma', command: ['npx', 'tsx', 'scripts/check-migrations.ts'] },
  { title: 'Unit and integration tests (Vitest)', command: ['npx', 'vitest', 'run'] },
  { title: 'Production build (Next.js)', command: ['npx', 'next', 'build'] },
  {
    title: 'First-load JavaScript within budget (150 kB gzip a page)',
    command: ['npx', 'tsx', 'scripts/check-bundle-budget.ts'],
  },
  { title: 'End-to-end journeys (Playwright, Chromium)', command: ['npx', 'playwright', 'test'] },
];

if (!process.env.DATABASE_URL) {
  console.error('DATABASE_URL is not set: run the tests with `npm test`.');
  process.exit(2);
}

for (const step of STEPS) {
  console.log(`\n=== ${step.title}\n`);
  const result = spawnSync(step.command[0] as string, step.command.slice(1), { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n${step.title} failed.`);
    process.exit(result.status ?? 1);
  }
}
console.log('\nAll tests passed.');
