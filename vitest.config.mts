import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname);

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: 'server-only', replacement: path.join(root, 'test/empty-module.ts') },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['lib/domain/**/*.test.ts', 'lib/validation/**/*.test.ts'],
          // Vitest's 5 s turns a busy machine red (the routine's property tests take seconds there).
          testTimeout: 60_000,
          benchmark: { include: ['lib/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['lib/server/**/*.test.ts'],
          benchmark: { include: [] },
          // One real database shared by every file: run them one at a time.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
