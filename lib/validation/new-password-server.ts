import 'server-only';
import { dictionary } from '@zxcvbn-ts/language-common';
import type { z } from 'zod';
import { translatable } from '@/lib/i18n/translatable';
import { ZAcceptInvitationSchema } from './guardian-invitation';
import { ZCreateUserSchema, ZResetPasswordSchema } from './user';

/**
 * The server's half of the password rule (the forms check only the length): the ~50,000 most
 * common and breached passwords that zxcvbn-ts ships, compared without case. Server-only so the
 * list never reaches the browser's bundle.
 */
let commonPasswords: ReadonlySet<string> | undefined;

export function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common']);
  return commonPasswords.has(password.toLowerCase());
}

export const COMMON_PASSWORD_MESSAGE = translatable('validation.account.commonPassword');

function refuseCommonPassword(values: { password: string }, context: z.RefinementCtx): void {
  if (isCommonPassword(values.password))
    context.addIssue({ code: 'custom', path: ['password'], message: COMMON_PASSWORD_MESSAGE });
}

/** What the server accepts for a new account, a password reset and an invitation's new account. */
export const ZCreateUserServerSchema = ZCreateUserSchema.superRefine(refuseCommonPassword);
export const ZResetPasswordServerSchema = ZResetPasswordSchema.superRefine(refuseCommonPassword);
export const ZAcceptInvitationServerSchema = ZAcceptInvitationSchema.superRefine(refuseCommonPassword);
