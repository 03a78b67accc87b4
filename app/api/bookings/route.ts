import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { auditRefusal } from '@/lib/server/audit/audit-refusal';
import { listBookings } from '@/lib/server/sessions/list-bookings';
import { ZBookingSearch } from '@/lib/validation/booking-search';
import { getRequestTranslator } from '@/lib/i18n/request-translator';

const PRIVATE = { 'Cache-Control': 'no-store' };

/**
 * The prescribe form's time picker (components/courses/prescribe/use-bookings.ts): GET
 * ?therapistId&room&from&to -> { bookings: [{ date, start, end, therapistId, room }] }, the times
 * that therapist or room holds, at most 240 days. A read, so a route rather than a server action.
 */
export async function GET(request: Request): Promise<Response> {
  const actor = await getCurrentUser();
  if (!actor) return Response.json({ error: 'Sign in again.' }, { status: 401, headers: PRIVATE });
  const params = new URL(request.url).searchParams;
  const parsed = ZBookingSearch.safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    const translate = await getRequestTranslator();
    const errors = z.flattenError(parsed.error, (issue) => translate(issue.message)).fieldErrors;
    const message = Object.values(errors).flat()[0] ?? 'Ask for a therapist and dates.';
    return Response.json({ error: message }, { status: 400, headers: PRIVATE });
  }
  const { therapistId, room, from, to } = parsed.data;
  try {
    const bookings = await listBookings(actor, { therapistId, room: room || null }, from, to);
    return Response.json({ bookings }, { headers: PRIVATE });
  } catch (error) {
    if (!isAppError(error)) throw error;
    await auditRefusal(actor, error);
    const translate = await getRequestTranslator();
    return Response.json({ error: translate(error.message) }, { status: 403, headers: PRIVATE });
  }
}
