import { z } from 'zod';
import { recordId, requiredText } from './fields';

/** An admin erases a parent's personal data: which account, its email typed to confirm, and why. */
export const ZEraseAccountSchema = z.object({
  userId: recordId('Choose the account.'),
  confirmEmail: z.string().trim().min(1, 'Type the account’s email to confirm.').max(320),
  reason: requiredText('Reason', 500),
});

export type EraseAccountInput = z.infer<typeof ZEraseAccountSchema>;
