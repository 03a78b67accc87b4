import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CalendarSubscriptionCard } from '@/components/calendar-feeds/calendar-subscription-card';
import Link from 'next/link';
import { AgendaSection } from '@/components/sessions/agenda-section';
import { parseRecordedOutcome, RecordedNotice } from '@/components/sessions/recorded-notice';
import { Badge, PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicTimeZone, clinicToday } from '@/lib/clinic-time';
import { agendaRange } from '@/lib/domain/agenda-range';
import type { IsoDate } from '@/lib/domain/calendar-date';
import { formatWeekdayDate } from '@/lib/i18n/format';
import { getRequestLocale } from '@/lib/i18n/locale';
import { getCalendarFeed } from '@/lib/server/calendar-feeds/get-calendar-feed';
import { listTherapistSessions } from '@/lib/server/sessions/list-therapist-sessions';
import { ZAgendaParams, type AgendaView } from '@/lib/validation/agenda-params';
import { createAgendaCalendarFeedAction, revokeAgendaCalendarFeedAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('sessions.agenda');
  return { title: t('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const agendaHref = (view: AgendaView, date: IsoDate) => `/sessions?${new URLSearchParams({ view, date })}`;

const navLink =
  'rounded-md px-3 py-2 text-sm font-medium text-brand-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50';

export default async function SessionsPage({ searchParams }: Props) {
  const actor = await requirePage('/sessions');
  const today = clinicToday();
  const params = await searchParams;
  const { view, date = today } = ZAgendaParams.parse(params);
  const range = agendaRange(view, date);
  const [agenda, locale, recorded, calendarFeed, t] = await Promise.all([
    listTherapistSessions(actor, today, range),
    getRequestLocale(),
    parseRecordedOutcome(params),
    getCalendarFeed(actor, null),
    getTranslations('sessions.agenda'),
  ]);
  const dayTitle = (day: IsoDate) =>
    day === today ? t('todayTitle', { date: formatWeekdayDate(day, locale) }) : formatWeekdayDate(day, locale);
  const shown = view === 'day' ? dayTitle(range.from) : t('weekOf', { date: formatWeekdayDate(range.from, locale) });

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle', { today: formatWeekdayDate(today, locale) })} />
      {recorded ? <RecordedNotice recorded={recorded} locale={locale} dismissHref="/sessions" /> : null}
      <div className="space-y-6">
        <AgendaSection
          id="overdue"
          title={t('toRecord.title')}
          description={t('toRecord.description')}
          items={agenda.overdue}
          total={agenda.overdueCount}
          emptyText={t('toRecord.empty')}
          locale={locale}
          tag={<Badge tone="warn">{t('overdue')}</Badge>}
          showsDate
        />
        <nav aria-label={t('daysShown')} className="flex flex-wrap items-center gap-2">
          <Link href={agendaHref(view, range.previous)} className={navLink}>
            {t('previous', { view })}
          </Link>
          <Link href={agendaHref(view, today)} className={navLink}>
            {t('today')}
          </Link>
          <Link href={agendaHref(view, range.next)} className={navLink}>
            {t('next', { view })}
          </Link>
          <span className="ml-auto flex gap-2">
            {(['day', 'week'] as const).map((option) => (
              <Link
                key={option}
                href={agendaHref(option, range.from)}
                aria-current={option === view ? 'page' : undefined}
                className={`${navLink} aria-[current=page]:bg-brand-700 aria-[current=page]:text-white`}
              >
                {t(option)}
              </Link>
            ))}
          </span>
        </nav>
        <p className="text-sm font-medium text-slate-700">{t('showing', { shown })}</p>
        {agenda.days.map((day) => (
          <AgendaSection
            key={day.date}
            id={`day-${day.date}`}
            title={dayTitle(day.date)}
            items={day.sessions}
            emptyText={day.date < today ? t('pastDayEmpty') : t('noSessions')}
            locale={locale}
          />
        ))}
        <CalendarSubscriptionCard
          description={t('calendarDescription')}
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
