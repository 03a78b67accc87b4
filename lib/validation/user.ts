import { z } from 'zod';
import { ROLES } from '@/lib/auth/permissions';
import { requiredText } from './fields';

export const MIN_PASSWORD_LENGTH = 10;

export const ZCreateUserSchema = z.object({
  name: requiredText('Name', 120),
  email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address.')),
  role: z.enum(ROLES, { error: 'Choose a role.' }),
  password: z.string().min(MIN_PASSWORD_LENGTH, `The password must be at least ${MIN_PASSWORD_LENGTH} characters.`).max(200),
});

export type CreateUserInput = z.infer<typeof ZCreateUserSchema>;
