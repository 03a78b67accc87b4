'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { clinicToday } from '@/lib/clinic-time';
import { formatMinute } from '@/lib/domain/clinic-day';
import { setSessionTime } from '@/lib/server/sessions/session-time';
import { ZSessionTimeSchema } from '@/lib/validation/session-time';

export const setSessionTimeAction = defineAction({
  schema: ZSessionTimeSchema,
  run: async (input, actor) => ({
    result: await setSessionTime(actor, input, clinicToday()),
    t: await getTranslations('sessions.time'),
  }),
  onSuccess: ({ result, t }, input) => {
    // The course's list, the agendas and the session's own pages show the time.
    revalidatePath(`/sessions/${result.sessionId}`, 'layout');
    revalidatePath(`/courses/${result.courseId}`);
    revalidatePath('/sessions');
    return { status: 'success', message: t('booked', { time: formatMinute(input.start) }) };
  },
});
