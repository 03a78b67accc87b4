import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SECRET_FILE = path.resolve('.data', 'auth-secret');

/**
 * What next-auth needs to run locally when the deployer has not set it: a signing secret made
 * once and kept in .data/ (so sessions survive restarts), and the public URL. A real deployment
 * sets NEXTAUTH_SECRET and NEXTAUTH_URL itself.
 */
export function localAppEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const port = env.PORT ?? '3000';
  const result: Record<string, string> = { NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${port}` };
  if (env.NEXTAUTH_SECRET) return result;
  if (!existsSync(SECRET_FILE)) {
    mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
    writeFileSync(SECRET_FILE, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return { ...result, NEXTAUTH_SECRET: readFileSync(SECRET_FILE, 'utf8').trim() };
}
