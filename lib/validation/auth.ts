import { z } from 'zod';

export const ZSignInSchema = z.object({
  email: z.email('Enter your email address.'),
  password: z.string().min(1, 'Enter your password.'),
});

/** The sign-in error next-auth hands the form when the password was right but the account is deactivated. */
export const ACCOUNT_DEACTIVATED_ERROR = 'AccountDeactivated';
