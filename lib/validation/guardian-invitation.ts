import { z } from 'zod';
import { optionalText, recordId, requiredText } from './fields';
import { newPassword, userEmail } from './user';

const patientId = recordId('Choose the child.');

/** The person invited: their name as the inviter knows it, and the e-mail they will sign in with. */
export const inviteeName = requiredText('Their name', 120);

export const ZInviteGuardianSchema = z.object({ patientId, name: inviteeName, email: userEmail });
export type InviteeInput = { name: string; email: string };

export const ZRevokeGuardianInvitationSchema = z.object({
  patientId,
  invitationId: recordId('This invitation is not on the list any more. Reload the page.'),
});

/**
 * Registering a child may invite a new parent in the same step: both fields, or neither. Named
 * apart from the guardian picker's fields, so the messages land beside the right inputs.
 */
export const newGuardianInvitationFields = z
  .object({ inviteName: optionalText('Their name', 120), inviteEmail: optionalText('Their e-mail', 254) })
  .superRefine((fields, context) => {
    if (fields.inviteName && !fields.inviteEmail)
      context.addIssue({
        code: 'custom',
        path: ['inviteEmail'],
        message: 'Enter the e-mail to invite, or clear the name.',
      });
    if (fields.inviteEmail && !fields.inviteName)
      context.addIssue({
        code: 'custom',
        path: ['inviteName'],
        message: 'Enter the name to invite, or clear the e-mail.',
      });
    if (fields.inviteEmail && !userEmail.safeParse(fields.inviteEmail).success)
      context.addIssue({ code: 'custom', path: ['inviteEmail'], message: 'Enter a valid email address.' });
  })
  .transform(({ inviteName, inviteEmail }) => ({
    invitation: inviteName && inviteEmail ? { name: inviteName, email: userEmail.parse(inviteEmail) } : null,
  }));

/** Accepting an invitation with a new account: the name to show, and a password typed twice. */
export const ZAcceptInvitationSchema = z
  .object({ name: requiredText('Your name', 120), password: newPassword, passwordAgain: z.string() })
  .refine((values) => values.password === values.passwordAgain, {
    path: ['passwordAgain'],
    message: 'The two passwords are not the same.',
  });
export type AcceptInvitationInput = z.infer<typeof ZAcceptInvitationSchema>;
