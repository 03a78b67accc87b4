import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { DueAlertList, EventAlertList, OverdueAlertList } from '@/components/alerts/attention-lists';
import { PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicTimeZone, clinicToday } from '@/lib/clinic-time';
import { getRequestLocale } from '@/lib/i18n/locale';
import { listAttention } from '@/lib/server/alerts/list-alerts';
import { markAlertDoneAction } from './actions';

export const metadata: Metadata = { title: 'Needs attention' };

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
  const [attention, locale] = await Promise.all([listAttention(actor, today), getRequestLocale()]);
  const timeZone = clinicTimeZone();
  return (
    <>
      <PageHeader title="Needs attention" subtitle="What happened in your courses that you should act on." />
      <div className="space-y-8">
        <Section
          id="alerts"
          title="Alerts"
          hint="Mark an alert done once you have acted on it: it is done for the whole team."
          count={attention.alerts.length}
          empty="No open alerts."
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
          title="Overdue sessions"
          hint="These go away when the session is recorded."
          count={attention.overdue.length}
          empty="Every past session is recorded."
        >
          <OverdueAlertList items={attention.overdue} locale={locale} />
        </Section>
        {attention.due ? (
          <Section
            id="due"
            title="Children due for a course"
            hint="These go away when the next course is prescribed."
            count={attention.due.length}
            empty="No child is due for a course."
          >
            <DueAlertList items={attention.due} locale={locale} />
          </Section>
        ) : null}
      </div>
    </>
  );
}
