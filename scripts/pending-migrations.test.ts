import { describe, expect, it } from 'vitest';
import { hasPendingMigrations, migrationsInRepository } from './pending-migrations';

const applied = (migration_name: string) => ({
  migration_name,
  finished_at: new Date('2026-12-01T10:00:00Z'),
  rolled_back_at: null,
});

describe('hasPendingMigrations', () => {
  it('is false only when every migration of the repository is applied and nothing else is recorded', () => {
    expect(hasPendingMigrations(['a', 'b'], [applied('a'), applied('b')])).toBe(false);
    expect(hasPendingMigrations(['a', 'b'], [applied('a')])).toBe(true);
    expect(hasPendingMigrations(['a'], [applied('a'), applied('other')])).toBe(true);
    expect(hasPendingMigrations(['a'], [])).toBe(true);
  });

  it('lets deploy run (and report) after a failed or rolled-back migration', () => {
    expect(hasPendingMigrations(['a'], [{ ...applied('a'), finished_at: null }])).toBe(true);
    expect(hasPendingMigrations(['a'], [applied('a'), { ...applied('a'), rolled_back_at: new Date() }])).toBe(true);
  });
});

describe('migrationsInRepository', () => {
  it('lists the migration directories of prisma/migrations, not the lock file', () => {
    const names = migrationsInRepository();
    expect(names.length).toBeGreaterThan(0);
    expect(names).not.toContain('migration_lock.toml');
    expect(names[0]).toMatch(/^\d{14}_/);
  });
});
