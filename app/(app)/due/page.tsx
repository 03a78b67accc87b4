import type { Metadata } from 'next';
import { DueCourseList } from '@/components/due/due-course-list';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { getRequestLocale } from '@/lib/i18n/locale';
import { listPatientsDueForCourse } from '@/lib/server/courses/list-due-courses';

export const metadata: Metadata = { title: 'Due for a course' };

export default async function DueForCoursePage() {
  const actor = await requirePage('/due');
  const today = clinicToday();
  const [items, locale] = await Promise.all([listPatientsDueForCourse(actor, today), getRequestLocale()]);
  const dueNow = items.filter((item) => item.isDue);
  const comingUp = items.filter((item) => !item.isDue);

  return (
    <>
      <PageHeader
        title="Due for a course"
        subtitle="Children whose last course is completed, with no course under way: the next one may start on the date shown (the last session done plus the course’s break)."
      />
      {items.length === 0 ? (
        <EmptyState title="No child is waiting for a next course.">
          Children appear here when a course is completed and no new one has been prescribed.
        </EmptyState>
      ) : (
        <div className="space-y-8">
          <section aria-labelledby="due-now" className="space-y-3">
            <h2 id="due-now" className="text-lg font-semibold text-slate-900">
              Due now <span className="font-normal text-slate-500">({dueNow.length})</span>
            </h2>
            {dueNow.length > 0 ? (
              <DueCourseList label="Due now" items={dueNow} today={today} locale={locale} />
            ) : (
              <p className="text-sm text-slate-600">Nobody is due yet.</p>
            )}
          </section>
          <section aria-labelledby="coming-up" className="space-y-3">
            <h2 id="coming-up" className="text-lg font-semibold text-slate-900">
              Coming up <span className="font-normal text-slate-500">({comingUp.length})</span>
            </h2>
            {comingUp.length > 0 ? (
              <DueCourseList label="Coming up" items={comingUp} today={today} locale={locale} />
            ) : (
              <p className="text-sm text-slate-600">No other child has a next course ahead.</p>
            )}
          </section>
        </div>
      )}
    </>
  );
}
