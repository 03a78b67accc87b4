'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { calendarFeedPath } from '@/lib/domain/calendar-feeds';
import { createCalendarFeed } from '@/lib/server/calendar-feeds/create-calendar-feed';
import { revokeCalendarFeed } from '@/lib/server/calendar-feeds/revoke-calendar-feed';
import { ZAgendaCalendarFeedSchema, ZRevokeAgendaCalendarFeedSchema } from '@/lib/validation/calendar-feed';

export const createAgendaCalendarFeedAction = defineAction({
  schema: ZAgendaCalendarFeedSchema,
  run: (_input, actor) => createCalendarFeed(actor, null),
  onSuccess: ({ token }) => {
    revalidatePath('/sessions');
    return {
      status: 'success',
      message: 'Add this link to your calendar app. It is shown only now: copy it before you leave the page.',
      shownOnce: calendarFeedPath(token),
    };
  },
});

export const revokeAgendaCalendarFeedAction = defineAction({
  schema: ZRevokeAgendaCalendarFeedSchema,
  run: (input, actor) => revokeCalendarFeed(actor, input.feedId),
  onSuccess: () => {
    revalidatePath('/sessions');
    return { status: 'success', message: 'The calendar link no longer works.' };
  },
});
