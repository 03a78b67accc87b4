'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { compactRoutine, type CompactRoutine } from '@/components/children/compact-routine';
import { recordedOutcomeHref } from '@/components/sessions/recorded-notice';
import { definePublicAction } from '@/lib/actions/define-action';
import { clinicToday } from '@/lib/clinic-time';
import { parentHomeSteps } from '@/lib/domain/rules';
import { careLinkView } from '@/lib/server/care-links/care-link-view';
import { openCareLink } from '@/lib/server/care-links/open-care-link';
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

/** The routine's steps for the carer's page, fetched when its fold opens: a use of the link like any other. */
export async function loadCareRoutineAction(token: string): Promise<CompactRoutine | null> {
  const opening = await openCareLink(token, await requestAddress());
  if (opening.status !== 'OPEN') return null;
  const { course } = await careLinkView(opening.link);
  return course?.location === 'HOME' ? compactRoutine(parentHomeSteps(course.routine, true)) : null;
}
