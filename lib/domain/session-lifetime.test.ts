import { describe, expect, it } from 'vitest';
import { DEFAULT_SECURITY_SETTINGS } from './security-settings';
import { decideSession } from './session-lifetime';

const signedIn = new Date('2026-12-02T08:00:00Z');
const at = (time: string) => new Date(`2026-12-02T${time}Z`);
// 30 minutes idle, 12 hours at most.
const settings = DEFAULT_SECURITY_SETTINGS;

describe('decideSession', () => {
  it('keeps a session in use, and moves lastSeenAt at most once a minute', () => {
    const session = { createdAt: signedIn, lastSeenAt: at('08:20:00'), revokedAt: null };
    expect(decideSession(session, at('08:20:30'), settings)).toEqual({ status: 'ACTIVE', touch: false });
    expect(decideSession(session, at('08:21:00'), settings)).toEqual({ status: 'ACTIVE', touch: true });
  });

  it('ends a session idle for the idle timeout', () => {
    const session = { createdAt: signedIn, lastSeenAt: at('09:00:00'), revokedAt: null };
    expect(decideSession(session, at('09:29:59'), settings)).toMatchObject({ status: 'ACTIVE' });
    expect(decideSession(session, at('09:30:00'), settings)).toEqual({ status: 'ENDED', reason: 'idle' });
  });

  it('ends a session at its maximum length however busy it is', () => {
    const session = { createdAt: signedIn, lastSeenAt: at('19:59:00'), revokedAt: null };
    expect(decideSession(session, at('19:59:59'), settings)).toMatchObject({ status: 'ACTIVE' });
    expect(decideSession(session, at('20:00:00'), settings)).toEqual({ status: 'ENDED', reason: 'expired' });
  });

  it('ends a revoked session at once', () => {
    const session = { createdAt: signedIn, lastSeenAt: signedIn, revokedAt: at('08:00:01') };
    expect(decideSession(session, at('08:00:02'), settings)).toEqual({ status: 'ENDED', reason: 'revoked' });
  });

  it('follows the clinic settings', () => {
    const session = { createdAt: signedIn, lastSeenAt: signedIn, revokedAt: null };
    const short = { ...settings, sessionIdleMinutes: 5, sessionMaxHours: 1 };
    expect(decideSession(session, at('08:05:00'), short)).toEqual({ status: 'ENDED', reason: 'idle' });
  });
});
