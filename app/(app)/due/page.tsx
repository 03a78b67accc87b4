import type { Metadata } from 'next';
import Link from 'next/link';
import { DueCourseList } from '@/components/due/due-course-list';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { requirePage } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { getRequestLocale } from '@/lib/i18n/locale';
import { listPatientsDueForCourse } from '@/lib/server/courses/list-due-courses';
import { ZDueListParams, type DueListView } from '@/lib/validation/due-list-params';

export const metadata: Metadata = { title: 'Due for a course' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const VIEWS = {
  due: { label: 'Due now', empty: 'Nobody is due yet.' },
  upcoming: { label: 'Coming up', empty: 'No other child has a next course ahead.' },
} as const satisfies Record<DueListView, { label: string; empty: string }>;

const hrefFor = (view: DueListView, page = 1) => `/due?${new URLSearchParams({ show: view, page: String(page) })}`;

export default async function DueForCoursePage({ searchParams }: Props) {
  const actor = await requirePage('/due');
  const { show, page } = ZDueListParams.parse(await searchParams);
  const today = clinicToday();
  const [list, locale] = await Promise.all([
    listPatientsDueForCourse(actor, today, { view: show, page }),
    getRequestLocale(),
  ]);
  const counts = { due: list.dueCount, upcoming: list.upcomingCount } as const;
  const total = counts[show];
  const lastPosition = list.firstPosition + list.items.length - 1;

  return (
    <>
      <PageHeader
        title="Due for a course"
        subtitle="Children whose last course is completed, with no course under way: the next one may start on the date shown (the last session done plus the course’s break)."
      />
      {list.dueCount + list.upcomingCount === 0 ? (
        <EmptyState title="No child is waiting for a next course.">
          Children appear here when a course is completed and no new one has been prescribed.
        </EmptyState>
      ) : (
        <section aria-labelledby="due-view" className="space-y-3">
          <nav aria-label="Due or coming up" className="flex flex-wrap gap-2">
            {(Object.keys(VIEWS) as DueListView[]).map((view) => (
              <Link
                key={view}
                href={hrefFor(view)}
                aria-current={view === show ? 'page' : undefined}
                className={`rounded-full px-3 py-1.5 text-sm font-medium ring-1 ${
                  view === show ? 'bg-brand-700 text-white ring-brand-700' : 'bg-white text-slate-800 ring-slate-300'
                }`}
              >
                {VIEWS[view].label} ({counts[view]})
              </Link>
            ))}
          </nav>
          <h2 id="due-view" className="text-lg font-semibold text-slate-900">
            {VIEWS[show].label} <span className="font-normal text-slate-500">({total})</span>
          </h2>
          {list.items.length > 0 ? (
            <>
              {list.pageCount > 1 ? (
                <p className="text-sm text-slate-600">
                  {list.firstPosition}–{lastPosition} of {total}
                </p>
              ) : null}
              <DueCourseList label={VIEWS[show].label} items={list.items} today={today} locale={locale} />
              <Pagination
                label={`Pages of ${VIEWS[show].label.toLowerCase()}`}
                page={list.page}
                pageCount={list.pageCount}
                hrefFor={(target) => hrefFor(show, target)}
              />
            </>
          ) : (
            <p className="text-sm text-slate-600">{VIEWS[show].empty}</p>
          )}
        </section>
      )}
    </>
  );
}
