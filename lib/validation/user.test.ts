import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZAccountStatusSchema, ZResetPasswordSchema } from './user';
import { translatorFor } from '@/lib/i18n/translator';

const english = translatorFor('en');

const fieldErrors = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? {} : z.flattenError(result.error, (issue) => english(issue.message)).fieldErrors;
};

describe('account management forms', () => {
  it('holds a reset password to the same minimum length as a new account', () => {
    expect(fieldErrors(ZResetPasswordSchema, { userId: 'u1', password: 'short' })).toEqual({
      password: ['The password must be at least 12 characters.'],
    });
    expect(ZResetPasswordSchema.parse({ userId: 'u1', password: 'long-enough-12' })).toEqual({
      userId: 'u1',
      password: 'long-enough-12',
    });
  });

  it('needs the account and a known status', () => {
    expect(fieldErrors(ZAccountStatusSchema, { userId: ' ', status: 'GONE' })).toEqual({
      userId: ['Choose the account.'],
      status: ['Choose active or deactivated.'],
    });
    expect(ZAccountStatusSchema.parse({ userId: 'u1', status: 'DEACTIVATED' })).toEqual({
      userId: 'u1',
      status: 'DEACTIVATED',
    });
  });
});
