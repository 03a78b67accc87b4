import type { Metadata } from 'next';
import { CalendarSubscriptionCard } from '@/components/calendar-feeds/calendar-subscription-card';
import { AgendaSection } from '@/components/sessions/agenda-section';
import { parseRecordedOutcome, RecordedNotice } from '@/components/sessions/recorded-notice';
import { Badge, PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicTimeZone, clinicToday } from '@/lib/clinic-time';
import { formatWeekdayDate } from '@/lib/i18n/format';
import { getRequestLocale } from '@/lib/i18n/locale';
import { getCalendarFeed } from '@/lib/server/calendar-feeds/get-calendar-feed';
import { listTherapistSessions } from '@/lib/server/sessions/list-therapist-sessions';
import { createAgendaCalendarFeedAction, revokeAgendaCalendarFeedAction } from './actions';

export const metadata: Metadata = { title: 'My sessions' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SessionsPage({ searchParams }: Props) {
  const actor = await requirePage('/sessions');
  const today = clinicToday();
  const [agenda, locale, recorded, calendarFeed] = await Promise.all([
    listTherapistSessions(actor, today),
    getRequestLocale(),
    searchParams.then(parseRecordedOutcome),
    getCalendarFeed(actor, null),
  ]);

  return (
    <>
      <PageHeader
        title="My sessions"
        subtitle={`Clinic sessions of your courses. Today is ${formatWeekdayDate(today, locale)}.`}
      />
      {recorded ? <RecordedNotice recorded={recorded} locale={locale} dismissHref="/sessions" /> : null}
      <div className="space-y-6">
        <AgendaSection
          id="overdue"
          title="To record"
          description="Earlier sessions not recorded yet."
          items={agenda.overdue}
          emptyText="Nothing left to record."
          locale={locale}
          tag={<Badge tone="warn">Overdue</Badge>}
        />
        <AgendaSection id="today" title="Today" items={agenda.today} emptyText="No sessions today." locale={locale} />
        <AgendaSection
          id="upcoming"
          title="Upcoming (next 14 days)"
          items={agenda.upcoming}
          emptyText="No sessions in the next 14 days."
          locale={locale}
        />
        <CalendarSubscriptionCard
          description="A private link puts the clinic sessions of your courses in your phone’s calendar, with each child’s first name and initial and the planned minutes."
          feed={calendarFeed}
          createAction={createAgendaCalendarFeedAction}
          revokeAction={revokeAgendaCalendarFeedAction}
          locale={locale}
          timeZone={clinicTimeZone()}
        />
      </div>
    </>
  );
}
