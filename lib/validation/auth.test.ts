import { describe, expect, it } from 'vitest';
import { describeSignInError, signInError } from './auth';

const hhmm = (at: Date) => at.toISOString().slice(11, 16);

describe('the sign-in form’s messages', () => {
  it('says plainly when a throttled person may try again', () => {
    const error = signInError({ status: 'THROTTLED', retryAt: new Date('2026-12-02T14:32:00Z') });
    expect(describeSignInError(error, hhmm)).toBe('Too many attempts. Try again after 14:32.');
  });

  it('says when signing in is not possible, and keeps one message for a wrong email or password', () => {
    expect(describeSignInError(signInError({ status: 'UNAVAILABLE' }), hhmm)).toMatch(/^Signing in is not possible/);
    expect(describeSignInError('CredentialsSignin', hhmm)).toBe('That email and password do not match an account.');
    expect(describeSignInError('TooManyAttempts:not-a-date', hhmm)).toBe(
      'That email and password do not match an account.',
    );
  });
});
