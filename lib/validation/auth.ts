import { z } from 'zod';
import { translatable } from '@/lib/i18n/translatable';

export const ZSignInSchema = z.object({
  email: z.email(translatable('auth.signIn.emailRequired')),
  password: z.string().min(1, translatable('auth.signIn.passwordRequired')),
});
