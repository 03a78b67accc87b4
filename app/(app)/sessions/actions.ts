'use server';

import { revalidatePath } from 'next/cache';
import { translatable } from '@/lib/i18n/translatable';
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
      message: translatable('calendar.done.feedCreated'),
      shownOnce: calendarFeedPath(token),
    };
  },
});

export const revokeAgendaCalendarFeedAction = defineAction({
  schema: ZRevokeAgendaCalendarFeedSchema,
  run: (input, actor) => revokeCalendarFeed(actor, input.feedId),
  onSuccess: () => {
    revalidatePath('/sessions');
    return { status: 'success', message: translatable('calendar.done.feedRevoked') };
  },
});
