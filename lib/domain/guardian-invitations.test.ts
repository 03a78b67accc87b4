import { describe, expect, it } from 'vitest';
import { guardianInvitationExpiry, guardianInvitationState } from './guardian-invitations';

const created = new Date('2026-11-01T10:00:00Z');
const expiresAt = guardianInvitationExpiry(created);

describe('guardianInvitationState', () => {
  it('waits for 14 days, then expires', () => {
    expect(expiresAt).toEqual(new Date('2026-11-15T10:00:00Z'));
    const open = { expiresAt, revokedAt: null, acceptedAt: null };
    expect(guardianInvitationState(open, new Date('2026-11-15T09:59:59Z'))).toBe('PENDING');
    expect(guardianInvitationState(open, new Date('2026-11-15T10:00:00Z'))).toBe('EXPIRED');
  });

  it('says accepted for ever once used, and revoked over expired', () => {
    const later = new Date('2026-12-01T00:00:00Z');
    expect(guardianInvitationState({ expiresAt, revokedAt: null, acceptedAt: created }, later)).toBe('ACCEPTED');
    expect(guardianInvitationState({ expiresAt, revokedAt: created, acceptedAt: null }, later)).toBe('REVOKED');
  });
});
