import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COMMON_PASSWORD_MESSAGE, ZCreateUserServerSchema, ZResetPasswordServerSchema } from './new-password-server';
import { translatorFor } from '@/lib/i18n/translator';

const english = translatorFor('en');

const passwordErrors = (password: string) => {
  const result = ZResetPasswordServerSchema.safeParse({ userId: 'u1', password });
  return result.success
    ? []
    : (z.flattenError(result.error, (issue) => english(issue.message)).fieldErrors.password ?? []);
};

describe('the password rule on the server', () => {
  it('needs at least 12 characters', () => {
    expect(passwordErrors('eleven-char')).toEqual(['The password must be at least 12 characters.']);
    expect(passwordErrors('twelve-chars')).toEqual([]);
  });

  it('refuses common and breached passwords from the shipped list, whatever their case', () => {
    expect(passwordErrors('qwerty123456')).toEqual([english(COMMON_PASSWORD_MESSAGE)]);
    expect(passwordErrors('1Q2W3E4R5T6Y')).toEqual([english(COMMON_PASSWORD_MESSAGE)]);
    expect(passwordErrors('lavender-cradle-song')).toEqual([]);
  });

  it('applies to a new account too, and accepts the demo and e2e passwords', () => {
    const account = { name: 'New Parent', email: 'new@clinic.test', role: 'PARENT' };
    expect(ZCreateUserServerSchema.safeParse({ ...account, password: 'qazwsxedcrfv' }).success).toBe(false);
    for (const password of ['massage-demo-2026', 'e2e-password-2026'])
      expect(ZCreateUserServerSchema.safeParse({ ...account, password }).success).toBe(true);
  });
});
