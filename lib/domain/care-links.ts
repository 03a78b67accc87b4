/**
 * A parent's link for another caregiver (issue 9, "Another caregiver"): valid for the days the
 * parent chooses, 14 by default and 1 to 90, until it expires or the parent revokes it.
 */
export const CARE_LINK_DEFAULT_DAYS = 14;
export const CARE_LINK_MIN_DAYS = 1;
export const CARE_LINK_MAX_DAYS = 90;

export type CareLinkState = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

export const CARE_LINK_STATE_LABELS = {
  ACTIVE: 'Active',
  EXPIRED: 'Expired',
  REVOKED: 'Revoked',
} as const satisfies Record<CareLinkState, string>;

/** Revoked wins over expired: the parent's act is what the list should say. */
export function careLinkState(link: { expiresAt: Date; revokedAt: Date | null }, now: Date): CareLinkState {
  if (link.revokedAt) return 'REVOKED';
  return now.getTime() < link.expiresAt.getTime() ? 'ACTIVE' : 'EXPIRED';
}

export function careLinkExpiry(createdAt: Date, days: number): Date {
  return new Date(createdAt.getTime() + days * 24 * 60 * 60 * 1000);
}
