import { describe, expect, it } from 'vitest';
import { readSignInError, signInError } from './sign-in-error';

describe('the sign-in form’s messages', () => {
  it('says plainly when a throttled person may try again', () => {
    const retryAt = new Date('2026-12-02T14:32:00Z');
    expect(readSignInError(signInError({ status: 'THROTTLED', retryAt }))).toEqual({ key: 'throttled', retryAt });
  });

  it('says when signing in is not possible, and keeps one message for a wrong email or password', () => {
    expect(readSignInError(signInError({ status: 'UNAVAILABLE' }))).toEqual({ key: 'unavailable' });
    expect(readSignInError(signInError({ status: 'DEACTIVATED' }))).toEqual({ key: 'deactivated' });
    expect(readSignInError('CredentialsSignin')).toEqual({ key: 'wrongCredentials' });
    expect(readSignInError('TooManyAttempts:not-a-date')).toEqual({ key: 'wrongCredentials' });
  });
});
