import { z } from 'zod';
import { translatable } from '@/lib/i18n/translatable';
import { ROLES } from '@/lib/auth/policy';
import { idempotencyKey, recordId, requiredText } from './fields';
import { MIN_PASSWORD_LENGTH } from './form-constants';

const MAX_PASSWORD_LENGTH = 200;

// Account creation, a password reset and accepting an invitation follow the same rule. The server also refuses common
// passwords (new-password-server.ts); the browser checks only the length, to keep that list out of it.
export const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, translatable('validation.account.passwordTooShort', { min: MIN_PASSWORD_LENGTH }))
  .max(MAX_PASSWORD_LENGTH, translatable('validation.account.passwordTooLong', { max: MAX_PASSWORD_LENGTH }));

const userId = recordId('validation.choose.account');

/** Sign-in e-mails are kept in lower case, so one person has one account. */
export const userEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email(translatable('validation.account.validEmail')));

export const ZCreateUserSchema = z.object({
  idempotencyKey,
  name: requiredText('name', 120),
  email: userEmail,
  role: z.enum(ROLES, { error: translatable('validation.choose.role') }),
  password: newPassword,
});

export type CreateUserInput = z.infer<typeof ZCreateUserSchema>;

export const ACCOUNT_STATUSES = ['ACTIVE', 'DEACTIVATED'] as const;

/** Deactivating or reactivating one account: the status it should have. */
export const ZAccountStatusSchema = z.object({
  userId,
  status: z.enum(ACCOUNT_STATUSES, { error: translatable('validation.choose.accountStatus') }),
});

export const ZResetPasswordSchema = z.object({ userId, password: newPassword });

export type ResetPasswordInput = z.infer<typeof ZResetPasswordSchema>;

/** An admin ends every session of one account. */
export const ZSignOutEverywhereSchema = z.object({ userId });
