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

function Section({
  id,
  title,
  hint,
  count,
  empty,
  children,
}: {
  id: string;
  title: string;
  hint: string;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <div>
        <h2 id={id} className="text-lg font-semibold text-slate-900">
          {title} <span className="font-normal text-slate-500">({count})</span>
        </h2>
        <p className="text-sm text-slate-600">{hint}</p>
      </div>
      {count > 0 ? children : <p className="text-sm text-slate-600">{empty}</p>}
    </section>
  );
}

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
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <div className="space-y-8">
        <Section
          id="alerts"
          title={t('alerts.title')}
          hint={t('alerts.hint')}
          count={attention.alerts.length}
          empty={t('alerts.empty')}
        >
          <EventAlertList
            items={attention.alerts}
            markDoneAction={markAlertDoneAction}
            locale={locale}
            timeZone={timeZone}
          />
        </Section>
        <Section
          id="overdue"
          title={t('overdue.title')}
          hint={t('overdue.hint')}
          count={attention.overdue.length}
          empty={t('overdue.empty')}
        >
          <OverdueAlertList items={attention.overdue} locale={locale} />
        </Section>
        <Section
          id="untimed"
          title={t('untimed.title')}
          hint={t('untimed.hint')}
          count={attention.untimed.length}
          empty={t('untimed.empty')}
        >
          <UntimedAlertList items={attention.untimed} locale={locale} />
        </Section>
        {attention.due ? (
          <Section
            id="due"
            title={t('due.title')}
            hint={t('due.hint')}
            count={attention.due.length}
            empty={t('due.empty')}
          >
            <DueAlertList items={attention.due} locale={locale} />
          </Section>
        ) : null}
      </div>
    </>
  );
}
