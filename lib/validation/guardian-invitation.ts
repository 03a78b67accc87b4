import { z } from 'zod';
import { translatable } from '@/lib/i18n/translatable';
import { optionalText, recordId, requiredText } from './fields';
import { newPassword, userEmail } from './user';

const patientId = recordId('validation.choose.child');

/** The person invited: their name as the inviter knows it, and the e-mail they will sign in with. */
export const inviteeName = requiredText('inviteeName', 120);

export const ZInviteGuardianSchema = z.object({ patientId, name: inviteeName, email: userEmail });
export type InviteeInput = { name: string; email: string };

export const ZRevokeGuardianInvitationSchema = z.object({
  patientId,
  invitationId: recordId('validation.gone.invitation'),
});

/**
 * Registering a child may invite a new parent in the same step: both fields, or neither. Named
 * apart from the guardian picker's fields, so the messages land beside the right inputs.
 */
export const newGuardianInvitationFields = z
  .object({ inviteName: optionalText('inviteeName', 120), inviteEmail: optionalText('inviteeEmail', 254) })
  .superRefine((fields, context) => {
    if (fields.inviteName && !fields.inviteEmail)
      context.addIssue({
        code: 'custom',
        path: ['inviteEmail'],
        message: translatable('validation.invitation.emailForName'),
      });
    if (fields.inviteEmail && !fields.inviteName)
      context.addIssue({
        code: 'custom',
        path: ['inviteName'],
        message: translatable('validation.invitation.nameForEmail'),
      });
    if (fields.inviteEmail && !userEmail.safeParse(fields.inviteEmail).success)
      context.addIssue({
        code: 'custom',
        path: ['inviteEmail'],
        message: translatable('validation.account.validEmail'),
      });
  })
  .transform(({ inviteName, inviteEmail }) => ({
    invitation: inviteName && inviteEmail ? { name: inviteName, email: userEmail.parse(inviteEmail) } : null,
  }));

/** Accepting an invitation with a new account: the name to show, and a password typed twice. */
export const ZAcceptInvitationSchema = z
  .object({ name: requiredText('yourName', 120), password: newPassword, passwordAgain: z.string() })
  .refine((values) => values.password === values.passwordAgain, {
    path: ['passwordAgain'],
    message: translatable('validation.account.passwordsDiffer'),
  });
export type AcceptInvitationInput = z.infer<typeof ZAcceptInvitationSchema>;
