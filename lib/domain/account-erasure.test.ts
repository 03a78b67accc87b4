import { describe, expect, it } from 'vitest';
import { confirmsAccountEmail, erasedAccountEmail } from './account-erasure';

describe('account erasure', () => {
  it('confirms with the account’s email typed again, in any case', () => {
    expect(confirmsAccountEmail('  Anna@Example.org ', 'anna@example.org')).toBe(true);
    expect(confirmsAccountEmail('anna@example.com', 'anna@example.org')).toBe(false);
    expect(confirmsAccountEmail('', 'anna@example.org')).toBe(false);
  });

  it('gives each erased account its own address that can receive no mail', () => {
    expect(erasedAccountEmail('cmA1b2')).toBe('erased-cma1b2@erased.invalid');
    expect(erasedAccountEmail('one')).not.toBe(erasedAccountEmail('two'));
  });
});
