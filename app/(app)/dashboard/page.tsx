import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { BarChart } from '@/components/dashboard/bar-chart';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { outcomeRates, type DateRange } from '@/lib/domain/dashboard';
import { adherencePercent, type OutcomeCounts } from '@/lib/domain/rates';
import { formatDate } from '@/lib/i18n/format';
import { getRequestLocale } from '@/lib/i18n/locale';
import { getClinicDashboard } from '@/lib/server/dashboard/get-clinic-dashboard';
import type { SessionListParams } from '@/lib/validation/dashboard-lists';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dashboard');
  return { title: t('title') };
}

const LINK = 'font-medium text-brand-700 underline-offset-2 hover:underline';

function sessionsHref(period: DateRange, filters: Omit<SessionListParams, 'from' | 'to'>): string {
  const params = new URLSearchParams({ from: period.from, to: period.to });
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return `/dashboard/sessions?${params}`;
}

function Figure({ label, value, href, note }: { label: string; value: string | number; href: string; note?: string }) {
  return (
    <Link href={href} className="block rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 hover:bg-slate-50">
      <span className="block text-sm font-medium text-slate-600">{label}</span>
      <span className="block text-3xl font-bold tabular-nums text-brand-800">{value}</span>
      {note ? <span className="block text-xs text-slate-600">{note}</span> : null}
    </Link>
  );
}

const OUTCOMES = [
  ['DONE', 'done'],
  ['MISSED', 'missed'],
  ['POSTPONED', 'postponed'],
  ['UNRECORDED', 'unrecorded'],
] as const;

async function OutcomeTable({
  title,
  counts,
  period,
  location,
}: {
  title: string;
  counts: OutcomeCounts;
  period: DateRange;
  location: 'CLINIC' | 'HOME';
}) {
  const t = await getTranslations('dashboard');
  const rates = outcomeRates(counts);
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-1 text-left font-medium text-slate-800">{title}</caption>
      <thead className="text-xs uppercase tracking-wide text-slate-600">
        <tr>
          <th scope="col" className="py-1">
            {t('outcomeColumn')}
          </th>
          <th scope="col" className="py-1 text-right">
            {t('sessionsColumn')}
          </th>
          <th scope="col" className="py-1 text-right">
            {t('shareColumn')}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {OUTCOMES.map(([outcome, key]) => (
          <tr key={outcome}>
            <th scope="row" className="py-1.5 font-normal">
              {t(`outcome.${outcome}`)}
            </th>
            <td className="py-1.5 text-right tabular-nums">
              <Link href={sessionsHref(period, { outcome, location })} className={LINK}>
                {counts[key]}
              </Link>
            </td>
            <td className="py-1.5 text-right tabular-nums">
              {rates[key] === null ? '—' : t('percent', { value: String(rates[key]) })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The clinic's work at a glance for doctors and admins; every figure opens the list it counts. */
export default async function DashboardPage() {
  const actor = await requirePage('/dashboard');
  const [dashboard, locale, t] = await Promise.all([
    getClinicDashboard(actor, clinicToday()),
    getRequestLocale(),
    getTranslations('dashboard'),
  ]);
  const { week, rateWindow: window } = dashboard;
  const today = { from: dashboard.today, to: dashboard.today };
  const adherence = adherencePercent(dashboard.homeOutcomes);
  const clinicRates = outcomeRates(dashboard.clinicOutcomes);

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('today', { date: formatDate(dashboard.today, locale, 'long') })} />
      <div className="space-y-6">
        <section aria-label={t('keyFigures')} className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-5">
          <Figure label={t('activeCourses')} value={dashboard.activeCourses} href="/dashboard/courses" />
          <Figure
            label={t('homeAdherence')}
            value={adherence === null ? '—' : t('percent', { value: String(adherence) })}
            note={t('lastFourWeeks')}
            href={sessionsHref(window, { location: 'HOME' })}
          />
          <Figure label={t('childrenDue')} value={dashboard.childrenDue} href="/due" />
          <Figure
            label={t('coursesToReview')}
            value={dashboard.coursesToReview}
            note={t('openAlerts')}
            href="/attention"
          />
          <Figure label={t('notRecorded')} value={dashboard.overdueSessions} href="/review" />
        </section>

        <Card title={t('byTherapist')}>
          {dashboard.therapists.length === 0 ? (
            <EmptyState title={t('noneBooked')} />
          ) : (
            <div className="grid gap-6 lg:grid-cols-2">
              <BarChart
                title={t('thisWeekRange', { from: formatDate(week.from, locale), to: formatDate(week.to, locale) })}
                data={dashboard.therapists.map((load) => ({
                  label: load.therapistName ?? t('noTherapist'),
                  value: load.week,
                }))}
              />
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t('byTherapistCaption')}</caption>
                <thead className="text-xs uppercase tracking-wide text-slate-600">
                  <tr>
                    <th scope="col" className="py-1">
                      {t('therapist')}
                    </th>
                    <th scope="col" className="py-1 text-right">
                      {t('todayColumn')}
                    </th>
                    <th scope="col" className="py-1 text-right">
                      {t('thisWeek')}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {dashboard.therapists.map((load) => {
                    const therapist = load.therapistId ?? 'none';
                    const filters = { outcome: 'BOOKED', location: 'CLINIC', therapist } as const;
                    return (
                      <tr key={therapist}>
                        <th scope="row" className="py-1.5 font-normal">
                          {load.therapistName ?? t('noTherapistAssigned')}
                        </th>
                        <td className="py-1.5 text-right tabular-nums">
                          <Link href={sessionsHref(today, filters)} className={LINK}>
                            {load.today}
                          </Link>
                        </td>
                        <td className="py-1.5 text-right tabular-nums">
                          <Link href={sessionsHref(week, filters)} className={LINK}>
                            {load.week}
                          </Link>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </Card>

        <Card title={t('outcomesTitle', { from: formatDate(window.from, locale), to: formatDate(window.to, locale) })}>
          <div className="grid gap-6 lg:grid-cols-3">
            <BarChart
              title={t('clinicSessions')}
              unit="%"
              data={OUTCOMES.map(([outcome, key]) => ({
                label: t(`outcome.${outcome}`),
                value: clinicRates[key] ?? 0,
              }))}
            />
            <OutcomeTable title={t('atClinic')} counts={dashboard.clinicOutcomes} period={window} location="CLINIC" />
            <OutcomeTable title={t('atHome')} counts={dashboard.homeOutcomes} period={window} location="HOME" />
          </div>
        </Card>
      </div>
    </>
  );
}
