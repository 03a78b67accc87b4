import { z } from 'zod';
import { translatable } from '@/lib/i18n/translatable';
import { recordId, requiredText } from './fields';

/** An admin erases a parent's personal data: which account, its email typed to confirm, and why. */
export const ZEraseAccountSchema = z.object({
  userId: recordId('validation.choose.account'),
  confirmEmail: z.string().trim().min(1, translatable('validation.account.confirmEmail')).max(320),
  reason: requiredText('reason', 500),
});

export type EraseAccountInput = z.infer<typeof ZEraseAccountSchema>;
