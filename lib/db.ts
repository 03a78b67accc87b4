import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { env } from '@/lib/env';
import { PrismaClient } from '@/lib/generated/prisma/client';

function createClient(): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString: env.DATABASE_URL,
      // A held lock or a slow query fails its own request fast ("The record is busy", see
      // lib/server/database-errors.ts) instead of parking the pool for every other page.
      connectionTimeoutMillis: 5_000,
      lock_timeout: 5_000,
      statement_timeout: 15_000,
    }),
  });
}

// One client per process: Next's dev server re-evaluates modules on every change.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db = globalForPrisma.prisma ?? createClient();
if (env.NODE_ENV !== 'production') globalForPrisma.prisma = db;

export type Db = PrismaClient;
