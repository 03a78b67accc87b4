import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { formatDate } from '@/lib/i18n/format';
import { getRequestLocale } from '@/lib/i18n/locale';
import { listClinicSessions, SESSION_LIST_LIMIT } from '@/lib/server/dashboard/list-clinic-sessions';
import { ZSessionListParams } from '@/lib/validation/dashboard-lists';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dashboard.sessionList');
  return { title: t('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The sessions behind a figure of the dashboard, as its address filters them. */
export default async function DashboardSessionsPage({ searchParams }: Props) {
  const actor = await requirePage('/dashboard/sessions');
  const params = ZSessionListParams.parse(await searchParams);
  const [list, locale, t] = await Promise.all([
    listClinicSessions(actor, params, clinicToday()),
    getRequestLocale(),
    getTranslations('dashboard'),
  ]);
  const { filters, period } = list;
  const heading = t('sessionList.heading', {
    location: filters.location ?? 'ALL',
    outcome: filters.outcome ?? 'ALL',
    who: filters.therapist === 'none' ? 'none' : filters.therapistName ? 'named' : 'anyone',
    therapist: filters.therapistName ?? '',
  });
  const when =
    period.from === period.to
      ? formatDate(period.from, locale)
      : t('range', { from: formatDate(period.from, locale), to: formatDate(period.to, locale) });
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/dashboard" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          {t('back')}
        </Link>
      </p>
      <PageHeader title={heading} subtitle={t('sessionList.subtitle', { when, total: String(list.total) })} />
      {list.items.length === 0 ? (
        <EmptyState title={t('sessionList.empty')} />
      ) : (
        <>
          {list.total > list.items.length ? (
            <p className="mb-2 text-sm text-slate-600">{t('firstShown', { limit: String(SESSION_LIST_LIMIT) })}</p>
          ) : null}
          <ul
            aria-label={t('sessionList.label')}
            className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm ring-1 ring-slate-200"
          >
            {list.items.map((session) => (
              <li key={session.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-2 text-sm">
                <time dateTime={session.scheduledOn} className="font-medium text-slate-900">
                  {formatDate(session.scheduledOn, locale)}
                </time>
                <Link
                  href={`/courses/${session.courseId}`}
                  className="font-medium text-brand-700 underline-offset-2 hover:underline"
                >
                  {session.patientName}
                </Link>
                <span className="text-slate-700">{t(`place.${session.location}`)}</span>
                <span className="text-slate-700">{t(`status.${session.status}`)}</span>
                {session.therapistName ? <span className="text-slate-600">{session.therapistName}</span> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
