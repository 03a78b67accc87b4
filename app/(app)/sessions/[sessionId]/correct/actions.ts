'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { clinicToday } from '@/lib/clinic-time';
import { correctSession } from '@/lib/server/sessions/correct-session';
import { ZCorrectSessionSchema } from '@/lib/validation/correct-session';

export const correctSessionAction = defineAction({
  schema: ZCorrectSessionSchema,
  run: (input, actor) => correctSession(actor, input, clinicToday()),
  onSuccess: (result, input) => {
    // The course's sessions and status, the agendas and the doctor's review list all change.
    revalidatePath(`/sessions/${input.sessionId}/correct`);
    revalidatePath(`/courses/${result.courseId}`);
    revalidatePath('/sessions');
    revalidatePath('/review');
    const followUp = result.makeUpOn
      ? ` A make-up session was added on ${result.makeUpOn}.`
      : result.isSessionRemoved
        ? ' The last session still to come was removed.'
        : '';
    const completion = result.courseStatus === 'COMPLETED' ? ' The course is complete.' : '';
    return { status: 'success', message: `Correction saved.${followUp}${completion}` };
  },
});
