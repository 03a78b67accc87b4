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
          include: [
            'lib/*.test.ts',
            'lib/domain/**/*.test.ts',
            'lib/validation/**/*.test.ts',
            'lib/actions/**/*.test.ts',
            'lib/auth/**/*.test.ts',
            'lib/pdf/**/*.test.ts',
            'lib/i18n/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['**/*.integration.test.ts'],
          benchmark: { include: ['lib/**/*.bench.ts'] },
          // The property tests check thousands of routines: on a busy machine they take longer, and
          // a slow machine must make the suite slower, not red. Speed is the benchmarks' job.
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['lib/server/**/*.test.ts', 'lib/actions/**/*.integration.test.ts'],
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
