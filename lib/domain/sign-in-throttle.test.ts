import { describe, expect, it } from 'vitest';
import { DEFAULT_SECURITY_SETTINGS } from './security-settings';
import { decideSignInThrottle } from './sign-in-throttle';

const now = new Date('2026-12-02T14:17:00Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const times = (count: number, minutes: number) => Array.from({ length: count }, () => minutesAgo(minutes));
// 10 per account, 50 per address, over 15 minutes.
const settings = DEFAULT_SECURITY_SETTINGS;

describe('decideSignInThrottle', () => {
  it('allows an attempt below both limits', () => {
    expect(decideSignInThrottle({ account: times(9, 1), address: times(49, 1) }, now, settings)).toEqual({
      allowed: true,
    });
  });

  it('refuses at the account limit until the oldest counted failure leaves the window', () => {
    const account = [minutesAgo(10), ...times(9, 1)];
    expect(decideSignInThrottle({ account, address: [] }, now, settings)).toEqual({
      allowed: false,
      retryAt: new Date('2026-12-02T14:22:00Z'),
    });
  });

  it('refuses at the address limit, whatever the accounts tried', () => {
    expect(decideSignInThrottle({ account: [], address: times(50, 3) }, now, settings)).toEqual({
      allowed: false,
      retryAt: new Date('2026-12-02T14:29:00Z'),
    });
  });

  it('takes the later of the two retry times when both limits hold', () => {
    const decision = decideSignInThrottle({ account: times(10, 14), address: times(50, 2) }, now, settings);
    expect(decision).toEqual({ allowed: false, retryAt: new Date('2026-12-02T14:30:00Z') });
  });

  it('does not count failures older than the window', () => {
    expect(decideSignInThrottle({ account: times(30, 15), address: times(100, 16) }, now, settings)).toEqual({
      allowed: true,
    });
  });

  it('follows the clinic settings', () => {
    const strict = { ...settings, signInFailuresPerAccount: 3, signInWindowMinutes: 60 };
    expect(decideSignInThrottle({ account: times(3, 40), address: [] }, now, strict)).toEqual({
      allowed: false,
      retryAt: new Date('2026-12-02T14:37:00Z'),
    });
  });
});
