import { execFileSync } from 'node:child_process';

/**
 * An empty database with the demo clinic of prisma/seed.ts in it, as `npm run demo` starts: this
 * runs the seed's use cases on every test run. The tests themselves arrange what they read
 * (e2e/support/factories.ts).
 */
export default function globalSetup(): void {
  execFileSync('npx', ['tsx', '--conditions=react-server', 'prisma/seed.ts', '--reset'], {
    stdio: 'inherit',
    env: process.env,
  });
}
