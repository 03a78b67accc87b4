'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { recordedOutcomeHref } from '@/components/sessions/recorded-notice';
import { defineAction } from '@/lib/actions/define-action';
import { clinicToday } from '@/lib/clinic-time';
import { recordSession } from '@/lib/server/sessions/record-session';
import { ZRecordSessionSchema } from '@/lib/validation/session';

export const recordClinicSessionAction = defineAction({
  schema: ZRecordSessionSchema,
  run: (input, actor) => recordSession(actor, input, clinicToday()),
  onSuccess: (result, input) => {
    revalidatePath('/sessions');
    revalidatePath(`/courses/${result.courseId}`);
    redirect(
      recordedOutcomeHref('/sessions', {
        outcome: input.outcome,
        makeUpOn: result.makeUpOn,
        resumesOn: result.resumesOn,
        isCourseComplete: result.isCourseComplete,
        isMinutesWarned: result.minutesWarning !== null,
      }),
    );
  },
});
