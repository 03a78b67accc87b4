import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { DueAlertList, EventAlertList, OverdueAlertList, UntimedAlertList } from '@/components/alerts/attention-lists';
import { PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicTimeZone, clinicToday } from '@/lib/clinic-time';
import { getRequestLocale } from '@/lib/i18n/locale';
import { listAttention } from '@/lib/server/alerts/list-alerts';
import { markAlertDoneAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('alerts');
  return { title: t('title') };
}

/** Each section's id names its words in the catalog (alerts.<id>.title, .hint, .empty). */
type AttentionSection = { id: 'alerts' | 'overdue' | 'untimed' | 'due'; count: number; list: ReactNode };

/** What the doctor or the therapist should act on: the header's count, item by item. */
export default async function AttentionPage() {
  const actor = await requirePage('/attention');
  const today = clinicToday();
  const [attention, locale, t] = await Promise.all([
    listAttention(actor, today),
    getRequestLocale(),
    getTranslations('alerts'),
  ]);
  const timeZone = clinicTimeZone();
  const sections: AttentionSection[] = [
    {
      id: 'alerts',
      count: attention.alerts.length,
      list: (
        <EventAlertList
          items={attention.alerts}
          markDoneAction={markAlertDoneAction}
          locale={locale}
          timeZone={timeZone}
        />
      ),
    },
    {
      id: 'overdue',
      count: attention.overdue.length,
      list: <OverdueAlertList items={attention.overdue} locale={locale} />,
    },
    {
      id: 'untimed',
      count: attention.untimed.length,
      list: <UntimedAlertList items={attention.untimed} locale={locale} />,
    },
    // Children due for a course are listed only for whoever prescribes them.
    ...(attention.due
      ? [
          {
            id: 'due' as const,
            count: attention.due.length,
            list: <DueAlertList items={attention.due} locale={locale} />,
          },
        ]
      : []),
  ];
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <div className="space-y-8">
        {sections.map(({ id, count, list }) => (
          <section key={id} aria-labelledby={id} className="space-y-3">
            <div>
              <h2 id={id} className="text-lg font-semibold text-slate-900">
                {t(`${id}.title`)} <span className="font-normal text-slate-500">({count})</span>
              </h2>
              <p className="text-sm text-slate-600">{t(`${id}.hint`)}</p>
            </div>
            {count > 0 ? list : <p className="text-sm text-slate-600">{t(`${id}.empty`)}</p>}
          </section>
        ))}
      </div>
    </>
  );
}
