import { execFileSync } from 'node:child_process';

/** A fresh demo clinic before the journeys: the known accounts and infants of prisma/seed.ts. */
export default function globalSetup(): void {
  execFileSync('npx', ['tsx', '--conditions=react-server', 'prisma/seed.ts', '--reset'], { stdio: 'inherit', env: process.env });
}
