import { z } from 'zod';
import { translatable } from '@/lib/i18n/translatable';
import { parseMinute } from '@/lib/domain/clinic-day';
import { optionalText, recordId } from './fields';

/** Booking a clinic session's time of day: a start ("HH:MM") and, where the clinic has rooms, a room. */
export const ZSessionTimeSchema = z
  .object({
    sessionId: recordId('errors.action.outOfDate'),
    startTime: z
      .string({ error: translatable('validation.choose.time') })
      .trim()
      .min(1, translatable('validation.choose.time')),
    room: optionalText('room', 100),
  })
  .transform((input, context) => {
    const start = parseMinute(input.startTime);
    if (start === null) {
      context.addIssue({
        code: 'custom',
        path: ['startTime'],
        message: translatable('validation.choose.timeFromList'),
      });
      return z.NEVER;
    }
    return { sessionId: input.sessionId, start, room: input.room };
  });

export type SessionTimeInput = z.infer<typeof ZSessionTimeSchema>;
