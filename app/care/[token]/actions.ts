'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { recordedOutcomeHref } from '@/components/sessions/recorded-notice';
import { definePublicAction } from '@/lib/actions/define-action';
import { clinicToday } from '@/lib/clinic-time';
import { recordCareLinkSession } from '@/lib/server/care-links/record-care-link-session';
import { requestAddress } from '@/lib/server/link-tokens/request-address';
import { toSessionOutcome } from '@/lib/validation/home-session-outcome';
import { ZLinkToken } from '@/lib/validation/link-token';
import { ZRecordHomeSessionSchema } from '@/lib/validation/session';

export const recordCareLinkSessionAction = definePublicAction({
  schema: ZRecordHomeSessionSchema,
  bind: z.tuple([ZLinkToken]),
  run: async (input, _nobody, [token]) =>
    recordCareLinkSession(token, await requestAddress(), toSessionOutcome(input), clinicToday()),
  onSuccess: (result, input, [token]) => {
    const carePath = `/care/${token}`;
    revalidatePath(carePath);
    redirect(
      recordedOutcomeHref(carePath, {
        outcome: input.outcome,
        makeUpOn: result.makeUpOn,
        resumesOn: result.resumesOn,
        isCourseComplete: result.isCourseComplete,
      }),
    );
  },
});
