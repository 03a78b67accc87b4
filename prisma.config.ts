import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';

// The Rust schema engine cannot be downloaded on our machines, so migrations run through
// Prisma's WASM engine over the same driver adapter the app uses. That adapter is 7.x beside a
// 6.19.3 CLI because 6.19.3's cannot read the `name` type migrate queries: README, "Database changes".
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  async adapter() {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error('DATABASE_URL is not set: run Prisma through scripts/with-database.ts');
    return new PrismaPg({ connectionString });
  },
});
