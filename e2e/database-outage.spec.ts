import { expect, test } from '@playwright/test';
import { databaseRelay, startApp } from './support/app-server';

/**
 * Issue 8: while PostgreSQL cannot be reached, pages answer 503 with Retry-After and a page that
 * says so, /api/health says the database is down, and the app recovers by itself once the
 * database is back. This test runs its own copy of the app, whose database connection goes
 * through a relay it can cut, so the shared server is not disturbed.
 */
test('a database outage answers 503, and the app recovers by itself', async ({ request }) => {
  const database = new URL(process.env.DATABASE_URL ?? '');
  const relay = await databaseRelay({ host: database.hostname, port: Number(database.port || 5432) });
  const relayed = new URL(database);
  relayed.hostname = '127.0.0.1';
  relayed.port = String(relay.port);
  const app = await startApp({ DATABASE_URL: relayed.toString() });
  const statusOf = async (path: string) => {
    try {
      return (await request.get(`${app.baseURL}${path}`, { maxRedirects: 0 })).status();
    } catch {
      return 0; // not listening yet
    }
  };
  try {
    await expect.poll(() => statusOf('/login'), { timeout: 120_000 }).toBe(200);

    await relay.cut();
    await expect.poll(() => statusOf('/login')).toBe(503);
    const page = await request.get(`${app.baseURL}/patients`, { maxRedirects: 0 });
    expect(page.status()).toBe(503);
    expect(Number(page.headers()['retry-after'])).toBeGreaterThan(0);
    expect(page.headers()['content-security-policy']).toContain('nonce-');
    expect(await page.text()).toContain('It cannot reach its database right now.');
    const health = await request.get(`${app.baseURL}/api/health`);
    expect(health.status()).toBe(503);
    expect(await health.json()).toEqual({ status: 'unavailable', database: 'down' });

    await relay.restore();
    await expect.poll(() => statusOf('/login')).toBe(200);
    expect((await request.get(`${app.baseURL}/api/health`)).status()).toBe(200);
  } finally {
    await app.stop();
    await relay.cut();
  }
});
