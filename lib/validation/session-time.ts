import { z } from 'zod';
import { parseMinute } from '@/lib/domain/clinic-day';
import { optionalText, recordId } from './fields';

/** Booking a clinic session's time of day: a start ("HH:MM") and, where the clinic has rooms, a room. */
export const ZSessionTimeSchema = z
  .object({
    sessionId: recordId('This page is out of date. Reload it and try again.'),
    startTime: z.string({ error: 'Choose a time.' }).trim().min(1, 'Choose a time.'),
    room: optionalText('Room', 100),
  })
  .transform((input, context) => {
    const start = parseMinute(input.startTime);
    if (start === null) {
      context.addIssue({ code: 'custom', path: ['startTime'], message: 'Choose a time from the list.' });
      return z.NEVER;
    }
    return { sessionId: input.sessionId, start, room: input.room };
  });

export type SessionTimeInput = z.infer<typeof ZSessionTimeSchema>;
