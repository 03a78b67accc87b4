import { z } from 'zod';
import { ROLES } from '@/lib/auth/policy';
import { idempotencyKey, recordId, requiredText } from './fields';

export const MIN_PASSWORD_LENGTH = 12;

// Account creation, a password reset and accepting an invitation follow the same rule. The server also refuses common
// passwords (new-password-server.ts); the browser checks only the length, to keep that list out of it.
export const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `The password must be at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(200, 'The password must be at most 200 characters.');

const userId = recordId('Choose the account.');

/** Sign-in e-mails are kept in lower case, so one person has one account. */
export const userEmail = z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address.'));

export const ZCreateUserSchema = z.object({
  idempotencyKey,
  name: requiredText('Name', 120),
  email: userEmail,
  role: z.enum(ROLES, { error: 'Choose a role.' }),
  password: newPassword,
});

export type CreateUserInput = z.infer<typeof ZCreateUserSchema>;

export const ACCOUNT_STATUSES = ['ACTIVE', 'DEACTIVATED'] as const;

/** Deactivating or reactivating one account: the status it should have. */
export const ZAccountStatusSchema = z.object({
  userId,
  status: z.enum(ACCOUNT_STATUSES, { error: 'Choose active or deactivated.' }),
});

export const ZResetPasswordSchema = z.object({ userId, password: newPassword });

export type ResetPasswordInput = z.infer<typeof ZResetPasswordSchema>;

/** An admin ends every session of one account. */
export const ZSignOutEverywhereSchema = z.object({ userId });
