import { createTranslator } from 'next-intl';
import type { CalendarWords } from '@/lib/domain/calendar-events';
import enCalendar from '@/messages/en/calendar.json';
import ruCalendar from '@/messages/ru/calendar.json';
import type { Locale } from './locales';

const FEED_MESSAGES = { en: enCalendar.feed, ru: ruCalendar.feed } satisfies Record<Locale, typeof enCalendar.feed>;

/**
 * A calendar feed's words in its owner's language: the feed is read by a calendar app with no
 * session, so it is written in the language the owner chose (messages/<locale>/calendar.json, `feed`).
 */
export function calendarWords(locale: Locale): CalendarWords & {
  childCalendarName: (childName: string) => string;
  agendaName: (clinicName: string) => string;
} {
  const t = createTranslator({ locale, messages: { feed: FEED_MESSAGES[locale] }, namespace: 'feed' });
  return {
    childCalendarName: (childName) => t('childCalendarName', { childName }),
    agendaName: (clinicName) => t('agendaName', { clinicName }),
    summary: (childName, minutes) => t('summary', { childName, minutes }),
    makeUp: (summary) => t('makeUp', { summary }),
    calledOff: (summary, reason) => t('calledOff', { summary, reason }),
    home: t('home'),
    place: (location) => t('place', { location }),
    plannedLength: (minutes) => t('plannedLength', { minutes }),
    makesUp: t('makesUp'),
    reminder: (summary, timing) => t('reminder', { summary, timing }),
  };
}
