'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { translatable } from '@/lib/i18n/translatable';
import { defineAction, definePublicAction } from '@/lib/actions/define-action';
import {
  acceptInvitationAsSignedIn,
  acceptInvitationWithNewAccount,
} from '@/lib/server/guardian-invitations/accept-guardian-invitation';
import { requestAddress } from '@/lib/server/link-tokens/request-address';
import { ZLinkToken } from '@/lib/validation/link-token';
import { ZAcceptInvitationServerSchema } from '@/lib/validation/new-password-server';

export const acceptInvitationWithNewAccountAction = definePublicAction({
  schema: ZAcceptInvitationServerSchema,
  bind: z.tuple([ZLinkToken]),
  secretFields: ['password', 'passwordAgain'],
  run: async (input, _nobody, [token]) => acceptInvitationWithNewAccount(token, await requestAddress(), input),
  onSuccess: ({ email }) => ({
    status: 'success',
    message: translatable('invitations.acceptForm.done', { email }),
    nextHref: '/login',
  }),
});

export const acceptInvitationAction = defineAction({
  schema: z.object({}),
  bind: z.tuple([ZLinkToken]),
  run: async (_input, actor, [token]) => acceptInvitationAsSignedIn(actor, token, await requestAddress()),
  onSuccess: ({ patientId }) => {
    revalidatePath('/children');
    redirect(`/children/${encodeURIComponent(patientId)}`);
  },
});
