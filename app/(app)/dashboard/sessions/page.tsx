import type { Metadata } from 'next';
import Link from 'next/link';
import { SESSION_STATUS_LABELS } from '@/components/courses/labels';
import { LOCATION_LABELS } from '@/components/sessions/labels';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { formatDate } from '@/lib/i18n/format';
import { getRequestLocale } from '@/lib/i18n/locale';
import { listClinicSessions, SESSION_LIST_LIMIT } from '@/lib/server/dashboard/list-clinic-sessions';
import { ZSessionListParams, type SessionListOutcome } from '@/lib/validation/dashboard-lists';

export const metadata: Metadata = { title: 'Sessions' };

const OUTCOME_TITLES = {
  BOOKED: 'booked',
  DONE: 'done',
  MISSED: 'missed',
  POSTPONED: 'postponed',
  UNRECORDED: 'not recorded',
} as const satisfies Record<SessionListOutcome, string>;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The sessions behind a figure of the dashboard, as its address filters them. */
export default async function DashboardSessionsPage({ searchParams }: Props) {
  const actor = await requirePage('/dashboard/sessions');
  const params = ZSessionListParams.parse(await searchParams);
  const [list, locale] = await Promise.all([listClinicSessions(actor, params, clinicToday()), getRequestLocale()]);
  const { filters, period } = list;
  const what = [
    filters.location ? LOCATION_LABELS[filters.location].toLowerCase() : null,
    'sessions',
    filters.outcome ? OUTCOME_TITLES[filters.outcome] : null,
  ]
    .filter(Boolean)
    .join(' ');
  const who =
    filters.therapist === 'none'
      ? ', no therapist assigned'
      : filters.therapistName
        ? `, ${filters.therapistName}`
        : '';
  const when =
    period.from === period.to
      ? formatDate(period.from, locale)
      : `${formatDate(period.from, locale)} – ${formatDate(period.to, locale)}`;
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/dashboard" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          ← Clinic dashboard
        </Link>
      </p>
      <PageHeader
        title={`${what[0]!.toUpperCase()}${what.slice(1)}${who}`}
        subtitle={`${when} · ${list.total} in all`}
      />
      {list.items.length === 0 ? (
        <EmptyState title="No session matches." />
      ) : (
        <>
          {list.total > list.items.length ? (
            <p className="mb-2 text-sm text-slate-600">The first {SESSION_LIST_LIMIT} are shown.</p>
          ) : null}
          <ul
            aria-label="Sessions"
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
                <span className="text-slate-700">{LOCATION_LABELS[session.location]}</span>
                <span className="text-slate-700">{SESSION_STATUS_LABELS[session.status]}</span>
                {session.therapistName ? <span className="text-slate-600">{session.therapistName}</span> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
