import { z } from 'zod';
import { addDays } from '@/lib/domain/calendar-date';
import { isoDate, recordId } from './fields';

/** The prescribe form's question: which times does this therapist (and room) hold between two dates. */
export const ZBookingSearch = z
  .object({
    therapistId: recordId('Choose a therapist.'),
    room: z.string().trim().max(40).default(''),
    from: isoDate('From'),
    to: isoDate('To'),
  })
  .refine((search) => search.from <= search.to && addDays(search.from, 240) >= search.to, {
    message: 'Ask for at most 240 days, from before to.',
    path: ['to'],
  });
