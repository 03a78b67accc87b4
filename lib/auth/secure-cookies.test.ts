import { describe, expect, it } from 'vitest';
import { usesSecureCookies } from './secure-cookies';

describe('usesSecureCookies', () => {
  it('asks for Secure, prefixed cookies when the app is served over HTTPS, and not over HTTP', () => {
    expect(usesSecureCookies('https://clinic.example.org')).toBe(true);
    expect(usesSecureCookies('http://localhost:3000')).toBe(false);
    expect(usesSecureCookies(undefined)).toBe(false);
  });
});
