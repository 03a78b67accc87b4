'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { markAlertDone } from '@/lib/server/alerts/mark-alert-done';
import { recordId } from '@/lib/validation/fields';

/** "Mark done" on one alert of the list; the header's count is part of the same layout. */
export const markAlertDoneAction = defineAction({
  schema: z.object({ alertId: recordId('validation.choose.alert') }),
  run: ({ alertId }, actor) => markAlertDone(actor, alertId),
  onSuccess: () => revalidatePath('/', 'layout'),
});
