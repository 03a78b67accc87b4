/** The production server (`next start`, built beforehand) on a given database, for the bench. */
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';

/** processGroup: the id of the server's process group (it is started detached), for its memory. */
export type AppServer = { baseUrl: string; processGroup: number; stop: () => Promise<void> };

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

export async function startAppServer(
  port: number,
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
): Promise<AppServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_URL: baseUrl, NODE_ENV: 'production', ...extraEnv },
    detached: true,
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  // Polling is the only way to learn that a separate process listens; it gives up when the process ends.
  while (!(await answers(`${baseUrl}/api/ping`))) {
    if (exited) throw new Error('next start ended before answering; has `npx next build` been run?');
    await delay(250);
  }
  return {
    baseUrl,
    processGroup: child.pid ?? 0,
    stop: async () => {
      if (exited || child.pid === undefined) return;
      const ended = new Promise((resolve) => child.on('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await ended;
    },
  };
}
