import { z } from 'zod';
import { translatable } from '@/lib/i18n/translatable';
import { privateError, privateJson, signedInRead } from '@/lib/pages/private-route';
import { listBookings } from '@/lib/server/sessions/list-bookings';
import { ZBookingSearch } from '@/lib/validation/booking-search';

/**
 * The prescribe form's time picker (components/courses/prescribe/use-bookings.ts): GET
 * ?therapistId&room&from&to -> { bookings: [{ date, start, end, therapistId, room }] }, the times
 * that therapist or room holds, at most 240 days. A read, so a route rather than a server action.
 */
export async function GET(request: Request): Promise<Response> {
  return signedInRead(async (actor) => {
    const parsed = ZBookingSearch.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) {
      const errors = z.flattenError(parsed.error).fieldErrors;
      return privateError(
        Object.values(errors).flat()[0] ?? translatable('prescription.times.askTherapistAndDates'),
        400,
      );
    }
    const { therapistId, room, from, to } = parsed.data;
    return privateJson({ bookings: await listBookings(actor, { therapistId, room: room || null }, from, to) });
  }, 'reason');
}
