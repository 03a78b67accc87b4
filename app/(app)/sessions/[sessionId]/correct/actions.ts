'use server';

import { revalidatePath } from 'next/cache';
import { translatable } from '@/lib/i18n/translatable';
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
    const change = result.makeUpOn ? 'makeUp' : result.isSessionRemoved ? 'removed' : 'none';
    return {
      status: 'success',
      message: translatable('sessions.correct.done.saved', {
        change,
        makeUpOn: result.makeUpOn ?? '',
        complete: result.courseStatus === 'COMPLETED' ? 'yes' : 'no',
      }),
    };
  },
});
