import type { Metadata } from 'next';
import { AgendaSection } from '@/components/sessions/agenda-section';
import { parseRecordedOutcome, RecordedNotice } from '@/components/sessions/recorded-notice';
import { Badge, PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { formatWeekdayDate } from '@/lib/i18n/format';
import { getRequestLocale } from '@/lib/i18n/locale';
import { listTherapistSessions } from '@/lib/server/sessions/list-therapist-sessions';

export const metadata: Metadata = { title: 'My sessions' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SessionsPage({ searchParams }: Props) {
  const actor = await requirePage('/sessions');
  const today = clinicToday();
  const [agenda, locale, recorded] = await Promise.all([
    listTherapistSessions(actor, today),
    getRequestLocale(),
    searchParams.then(parseRecordedOutcome),
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
      </div>
    </>
  );
}
