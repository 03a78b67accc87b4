import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

// Next's rules (React, React Hooks, accessibility, imports) and typescript-eslint's recommended
// set; Prettier owns formatting, so the rules that would fight it are off.
export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Module augmentation (next-auth's User, Session, JWT) only merges into interfaces.
    files: ['types/**/*.d.ts'],
    rules: { '@typescript-eslint/consistent-type-definitions': 'off' },
  },
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'lib/generated/**',
    'next-env.d.ts',
    'playwright-report/**',
    'test-results*/**',
    '.data/**',
  ]),
]);
