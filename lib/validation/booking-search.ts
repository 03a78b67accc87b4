import { z } from 'zod';
import { translatable } from '@/lib/i18n/translatable';
import { addDays } from '@/lib/domain/calendar-date';
import { isoDate, recordId } from './fields';

const MAX_SEARCH_DAYS = 240;

/** The prescribe form's question: which times does this therapist (and room) hold between two dates. */
export const ZBookingSearch = z
  .object({
    therapistId: recordId('validation.choose.therapist'),
    room: z.string().trim().max(40).default(''),
    from: isoDate('periodFrom'),
    to: isoDate('periodTo'),
  })
  .refine((search) => search.from <= search.to && addDays(search.from, MAX_SEARCH_DAYS) >= search.to, {
    message: translatable('validation.bookingSearch.range', { days: MAX_SEARCH_DAYS }),
    path: ['to'],
  });
