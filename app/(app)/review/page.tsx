import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { CancelledCourseList, CorrectionList, OverdueSessionList } from '@/components/review/review-lists';
import { PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicTimeZone, clinicToday } from '@/lib/clinic-time';
import { getRequestLocale } from '@/lib/i18n/locale';
import { listRecordReview, REVIEW_DAYS } from '@/lib/server/review/list-record-review';

export const metadata: Metadata = { title: 'Record review' };

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
  const [review, locale] = await Promise.all([listRecordReview(actor, today), getRequestLocale()]);
  const timeZone = clinicTimeZone();
  return (
    <>
      <PageHeader
        title="Record review"
        subtitle={`Sessions nobody recorded, and the courses cancelled and records corrected in the last ${REVIEW_DAYS} days.`}
      />
      <div className="space-y-8">
        <Section
          id="overdue"
          title="Overdue sessions"
          count={review.overdue.length}
          empty="Every past session is recorded."
        >
          <OverdueSessionList items={review.overdue} locale={locale} />
        </Section>
        <Section
          id="cancelled"
          title="Cancelled courses"
          count={review.cancelled.length}
          empty="No course was cancelled."
        >
          <CancelledCourseList items={review.cancelled} locale={locale} timeZone={timeZone} />
        </Section>
        <Section id="corrections" title="Corrections" count={review.corrections.length} empty="Nothing was corrected.">
          <CorrectionList items={review.corrections} locale={locale} timeZone={timeZone} />
        </Section>
      </div>
    </>
  );
}
