import { clinicTimeZone, clinicToday } from '@/lib/clinic-time';
import { calendarFeedToken } from '@/lib/domain/calendar-feeds';
import { negotiateLocale } from '@/lib/i18n/locales';
import { translatable } from '@/lib/i18n/translatable';
import { translatorFor } from '@/lib/i18n/translator';
import { readCalendarFeed } from '@/lib/server/calendar-feeds/read-calendar-feed';
import { requestAddress } from '@/lib/server/link-tokens/request-address';

type Context = { params: Promise<{ file: string }> };

const PLAIN = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' };

/** A refusal has no owner whose language to use: the calendar app's, else English. */
const refusalWords = (request: Request) =>
  translatorFor(negotiateLocale({ acceptLanguage: request.headers.get('accept-language') }));

/**
 * A private calendar address, GET /calendar/<token>.ics, fetched by calendar apps without a
 * session cookie: the token is the key (lib/server/calendar-feeds/read-calendar-feed.ts).
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const token = calendarFeedToken((await params).file);
  const reading = token
    ? await readCalendarFeed(
        token,
        { address: await requestAddress(), acceptLanguage: request.headers.get('accept-language') },
        clinicToday(),
        clinicTimeZone(),
      )
    : ({ status: 'REFUSED' } as const);
  switch (reading.status) {
    case 'OPEN':
      return new Response(reading.ics, {
        headers: {
          'Content-Type': 'text/calendar; charset=utf-8',
          'Content-Disposition': 'inline; filename="massage-sessions.ics"',
          // Only the subscriber's own app may keep it, and it asks again each time: a revoked
          // address stops at once.
          'Cache-Control': 'private, no-cache',
        },
      });
    case 'THROTTLED':
      return new Response(refusalWords(request)(translatable('errors.route.calendarThrottled')), {
        status: 429,
        headers: {
          ...PLAIN,
          'Retry-After': String(Math.max(1, Math.ceil((reading.retryAt.getTime() - Date.now()) / 1000))),
        },
      });
    case 'REFUSED':
      return new Response(refusalWords(request)(translatable('errors.route.calendarRefused')), {
        status: 404,
        headers: PLAIN,
      });
  }
}
