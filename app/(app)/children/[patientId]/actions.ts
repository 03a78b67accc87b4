'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { recordId } from '@/lib/validation/fields';
import { recordedOutcomeHref } from '@/components/sessions/recorded-notice';
import { defineAction } from '@/lib/actions/define-action';
import { clinicToday } from '@/lib/clinic-time';
import { recordSession } from '@/lib/server/sessions/record-session';
import { toSessionOutcome } from '@/lib/validation/home-session-outcome';
import { ZRecordHomeSessionSchema } from '@/lib/validation/session';

// The child's id only says which page to return to; the use case scopes the session itself.
const ZMarkHomeSessionSchema = ZRecordHomeSessionSchema.and(
  z.object({ patientId: recordId('validation.choose.child') }),
);

export const recordHomeSessionAction = defineAction({
  schema: ZMarkHomeSessionSchema,
  run: (input, actor) => recordSession(actor, toSessionOutcome(input), clinicToday()),
  onSuccess: (result, input) => {
    const childPath = `/children/${encodeURIComponent(input.patientId)}`;
    revalidatePath('/children');
    revalidatePath(childPath);
    revalidatePath(`/courses/${result.courseId}`);
    redirect(
      recordedOutcomeHref(childPath, {
        outcome: input.outcome,
        makeUpOn: result.makeUpOn,
        resumesOn: result.resumesOn,
        isCourseComplete: result.isCourseComplete,
      }),
    );
  },
});
