import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { checkReadiness } from './check-readiness';

// Nothing listens on port 1: connecting is refused at once, as with a stopped database server.
const unreachable = new PrismaClient({
  adapter: new PrismaPg({ connectionString: 'postgresql://postgres@127.0.0.1:1/none' }),
});

afterAll(async () => {
  await unreachable.$disconnect();
});

describe('checkReadiness', () => {
  it('is ready when the database answers', async () => {
    expect(await checkReadiness()).toEqual({ status: 'ok', database: 'up' });
  });

  it('is unavailable when the database cannot be reached', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await checkReadiness({ ping: () => unreachable.$queryRaw`SELECT 1` })).toEqual({
      status: 'unavailable',
      database: 'down',
    });
  });

  it('is unavailable when the database does not answer within the time limit', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const started = Date.now();
    const neverAnswers = () => new Promise<never>(() => {});
    expect(await checkReadiness({ ping: neverAnswers, timeoutMs: 50 })).toEqual({
      status: 'unavailable',
      database: 'down',
    });
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
