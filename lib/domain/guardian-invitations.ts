/**
 * An invitation to become a child's guardian with an account of one's own (issue 9, "Another
 * caregiver"): it works once, for 14 days, until whoever made it revokes it. The app sends no
 * e-mail, so the inviter passes the link on.
 */
export const GUARDIAN_INVITATION_DAYS = 14;

export type GuardianInvitationState = 'PENDING' | 'ACCEPTED' | 'EXPIRED' | 'REVOKED';

export const GUARDIAN_INVITATION_STATE_LABELS = {
  PENDING: 'Waiting',
  ACCEPTED: 'Accepted',
  EXPIRED: 'Expired',
  REVOKED: 'Revoked',
} as const satisfies Record<GuardianInvitationState, string>;

/** Accepted is final; a revoked one says what the inviter did; otherwise the date decides. */
export function guardianInvitationState(
  invitation: { expiresAt: Date; revokedAt: Date | null; acceptedAt: Date | null },
  now: Date,
): GuardianInvitationState {
  if (invitation.acceptedAt) return 'ACCEPTED';
  if (invitation.revokedAt) return 'REVOKED';
  return now.getTime() < invitation.expiresAt.getTime() ? 'PENDING' : 'EXPIRED';
}

export function guardianInvitationExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + GUARDIAN_INVITATION_DAYS * 24 * 60 * 60 * 1000);
}

/** The address of an invitation's link. */
export function guardianInvitationPath(token: string): string {
  return `/invitations/${token}`;
}
