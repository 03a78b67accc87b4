import { describe, expect, it } from 'vitest';
import { careLinkExpiry, careLinkState } from './care-links';

const now = new Date('2026-12-02T10:00:00Z');

describe('careLinkState', () => {
  it('is active until the instant it expires, then expired', () => {
    expect(careLinkState({ expiresAt: new Date(now.getTime() + 1), revokedAt: null }, now)).toBe('ACTIVE');
    expect(careLinkState({ expiresAt: now, revokedAt: null }, now)).toBe('EXPIRED');
  });

  it('says revoked even once the link has also expired', () => {
    expect(careLinkState({ expiresAt: new Date(now.getTime() - 1), revokedAt: now }, now)).toBe('REVOKED');
    expect(careLinkState({ expiresAt: new Date(now.getTime() + 1e9), revokedAt: now }, now)).toBe('REVOKED');
  });
});

describe('careLinkExpiry', () => {
  it('adds whole days of 24 hours', () => {
    expect(careLinkExpiry(now, 14).toISOString()).toBe('2026-12-16T10:00:00.000Z');
    expect(careLinkExpiry(now, 1).toISOString()).toBe('2026-12-03T10:00:00.000Z');
  });
});
