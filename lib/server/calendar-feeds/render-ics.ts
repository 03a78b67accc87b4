import 'server-only';
import ical, { ICalAlarmType, ICalEventStatus } from 'ical-generator';
import { fromIsoDate } from '@/lib/domain/calendar-date';
import type { CalendarEvent } from '@/lib/domain/calendar-events';

/** Calendar apps ask again about this often (X-PUBLISHED-TTL and REFRESH-INTERVAL). */
const REFRESH_MINUTES = 60;

/** The .ics text of a calendar (RFC 5545) through ical-generator, from the events lib/domain mapped. */
export function renderIcs(name: string, events: readonly CalendarEvent[]): string {
  const calendar = ical({
    name,
    prodId: { company: 'Infant massage clinic', product: 'Sessions' },
    ttl: REFRESH_MINUTES * 60,
  });
  for (const event of events) {
    const timing =
      event.timing.kind === 'ALL_DAY'
        ? { start: fromIsoDate(event.timing.date), end: fromIsoDate(event.timing.endDate), allDay: true }
        : { start: event.timing.start, end: event.timing.end };
    const created = calendar.createEvent({
      id: event.uid,
      ...timing,
      summary: event.summary,
      location: event.location,
      description: event.description,
      status: event.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
    if (event.status !== 'CANCELLED')
      created.createAlarm({
        type: ICalAlarmType.display,
        trigger: event.reminderMinutesBefore * 60,
        description: event.reminder,
      });
  }
  return calendar.toString();
}
