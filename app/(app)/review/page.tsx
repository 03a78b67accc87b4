import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { CancelledCourseList, CorrectionList, OverdueSessionList } from '@/components/review/review-lists';
import { PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicTimeZone, clinicToday } from '@/lib/clinic-time';
import { getRequestLocale } from '@/lib/i18n/locale';
import { listRecordReview, REVIEW_DAYS } from '@/lib/server/review/list-record-review';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('review');
  return { title: t('title') };
}

function Section({
  id,
  title,
  count,
  empty,
  children,
}: {
  id: string;
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title} <span className="font-normal text-slate-500">({count})</span>
      </h2>
      {count > 0 ? children : <p className="text-sm text-slate-600">{empty}</p>}
    </section>
  );
}

/** The paediatrician's look over the record: what nobody recorded, what was cancelled, what was corrected. */
export default async function RecordReviewPage() {
  const actor = await requirePage('/review');
  const today = clinicToday();
  const [review, locale, t] = await Promise.all([
    listRecordReview(actor, today),
    getRequestLocale(),
    getTranslations('review'),
  ]);
  const timeZone = clinicTimeZone();
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle', { days: REVIEW_DAYS })} />
      <div className="space-y-8">
        <Section id="overdue" title={t('overdue.title')} count={review.overdue.length} empty={t('overdue.empty')}>
          <OverdueSessionList items={review.overdue} locale={locale} />
        </Section>
        <Section
          id="cancelled"
          title={t('cancelled.title')}
          count={review.cancelled.length}
          empty={t('cancelled.empty')}
        >
          <CancelledCourseList items={review.cancelled} locale={locale} timeZone={timeZone} />
        </Section>
        <Section
          id="corrections"
          title={t('corrections.title')}
          count={review.corrections.length}
          empty={t('corrections.empty')}
        >
          <CorrectionList items={review.corrections} locale={locale} timeZone={timeZone} />
        </Section>
      </div>
    </>
  );
}
