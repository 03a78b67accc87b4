'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { translatable } from '@/lib/i18n/translatable';
import { clinicToday } from '@/lib/clinic-time';
import { formatMinute } from '@/lib/domain/clinic-day';
import { setSessionTime } from '@/lib/server/sessions/session-time';
import { ZSessionTimeSchema } from '@/lib/validation/session-time';

export const setSessionTimeAction = defineAction({
  schema: ZSessionTimeSchema,
  run: (input, actor) => setSessionTime(actor, input, clinicToday()),
  onSuccess: (result, input) => {
    // The course's list, the agendas and the session's own pages show the time.
    revalidatePath(`/sessions/${result.sessionId}`, 'layout');
    revalidatePath(`/courses/${result.courseId}`);
    revalidatePath('/sessions');
    return { status: 'success', message: translatable('sessions.time.booked', { time: formatMinute(input.start) }) };
  },
});
