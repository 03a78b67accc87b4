import { SECURITY_SETTING_FIELDS, type SecuritySettings } from './security-settings';

/** Why a session ended; the sign-in page tells the person (`/login?reason=`). */
export const SESSION_END_REASONS = ['idle', 'expired', 'revoked'] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

export type StoredSession = { createdAt: Date; lastSeenAt: Date; revokedAt: Date | null };

export type SessionDecision = { status: 'ACTIVE'; touch: boolean } | { status: 'ENDED'; reason: SessionEndReason };

/**
 * The session cookie's own life (next-auth's maxAge): the longest session the settings allow, so
 * that the server-side limits always end a session first. After it no request can present the
 * session any more, so its row may be deleted (lib/server/users/sign-in.ts prunes them).
 */
export const SESSION_COOKIE_MAX_AGE_SECONDS = SECURITY_SETTING_FIELDS.sessionMaxHours.max * 3_600;

/**
 * lastSeenAt is written at most once a minute: a page load and its actions would otherwise each
 * write a row, and a minute is nothing against an idle timeout of at least five.
 */
export const TOUCH_INTERVAL_MS = 60_000;

/**
 * Is a server-side session still good at `now`? Only a request the person made (a page load or
 * an action) asks this and so moves lastSeenAt: nothing polls, and anything that ever does must
 * not come through here, so that it cannot keep an idle session alive.
 */
export function decideSession(session: StoredSession, now: Date, settings: SecuritySettings): SessionDecision {
  if (session.revokedAt) return { status: 'ENDED', reason: 'revoked' };
  const time = now.getTime();
  if (time - session.createdAt.getTime() >= settings.sessionMaxHours * 3_600_000)
    return { status: 'ENDED', reason: 'expired' };
  const idleFor = time - session.lastSeenAt.getTime();
  if (idleFor >= settings.sessionIdleMinutes * 60_000) return { status: 'ENDED', reason: 'idle' };
  return { status: 'ACTIVE', touch: idleFor >= TOUCH_INTERVAL_MS };
}

export function isSessionEndReason(value: unknown): value is SessionEndReason {
  return typeof value === 'string' && (SESSION_END_REASONS as readonly string[]).includes(value);
}
