'use client';

import { useEffect, useState } from 'react';
import { addDays, type IsoDate } from '@/lib/domain/calendar-date';
import { MAX_DAYS_MOVED, type Booking } from '@/lib/domain/clinic-day';
import { translatable } from '@/lib/i18n/translatable';

type Query = { therapistId: string; room: string; first: IsoDate; last: IsoDate } | null;

type Loaded = { key: string; bookings: Booking[] | null; error: string | null };

/**
 * The chosen therapist's (and room's) bookings over the course, from /api/bookings, for the free
 * slots. Null while loading or with nothing to ask; the server checks again when prescribing.
 * `error` is the route's refusal (in the reader's language already) or a catalog reference.
 */
export function useBookings(query: Query): { bookings: Booking[] | null; error: string | null } {
  const key = query ? `${query.therapistId}|${query.room}|${query.first}|${query.last}` : '';
  const [loaded, setLoaded] = useState<Loaded>({ key: '', bookings: null, error: null });

  useEffect(() => {
    if (!query) return;
    const controller = new AbortController();
    const params = new URLSearchParams({
      therapistId: query.therapistId,
      room: query.room,
      from: query.first,
      // Sessions on a full day move on by up to MAX_DAYS_MOVED days, as the server reads them.
      to: addDays(query.last, MAX_DAYS_MOVED * 2),
    });
    fetch(`/api/bookings?${params}`, { signal: controller.signal })
      .then(async (response) => {
        const body = (await response.json()) as { bookings?: Booking[]; error?: string };
        setLoaded({ key, bookings: body.bookings ?? null, error: body.error ?? null });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setLoaded({
          key,
          bookings: null,
          error: error instanceof Error ? translatable('prescription.times.notLoaded') : null,
        });
      });
    return () => controller.abort();
    // The key names everything the query holds.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return loaded.key === key ? { bookings: loaded.bookings, error: loaded.error } : { bookings: null, error: null };
}
