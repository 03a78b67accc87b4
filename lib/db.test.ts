import { afterEach, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

// Guards a regression: the client was cached only outside production, so each of the server
// bundles that carry their own copy of lib/db.ts opened its own pool of connections.
it('every evaluation of lib/db.ts in a production process shares one client', async () => {
  vi.stubEnv('NODE_ENV', 'production');
  vi.stubEnv('NEXTAUTH_SECRET', 'a-secret-for-this-test');
  vi.stubEnv('DATABASE_URL', 'postgresql://nobody@127.0.0.1:9/none_test');

  const { db: first } = await import('./db');
  vi.resetModules();
  const { db: second } = await import('./db');

  expect(second).toBe(first);
  await first.$disconnect();
});
