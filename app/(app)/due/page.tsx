import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { DueCourseList } from '@/components/due/due-course-list';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { requirePage } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { getRequestLocale } from '@/lib/i18n/locale';
import { listPatientsDueForCourse } from '@/lib/server/courses/list-due-courses';
import { ZDueListParams, type DueListView } from '@/lib/validation/due-list-params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('due');
  return { title: t('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const VIEWS = ['due', 'upcoming'] as const satisfies readonly DueListView[];

const hrefFor = (view: DueListView, page = 1) => `/due?${new URLSearchParams({ show: view, page: String(page) })}`;

export default async function DueForCoursePage({ searchParams }: Props) {
  const actor = await requirePage('/due');
  const { show, page } = ZDueListParams.parse(await searchParams);
  const today = clinicToday();
  const [list, locale, t] = await Promise.all([
    listPatientsDueForCourse(actor, today, { view: show, page }),
    getRequestLocale(),
    getTranslations('due'),
  ]);
  const counts = { due: list.dueCount, upcoming: list.upcomingCount } as const;
  const total = counts[show];
  const lastPosition = list.firstPosition + list.items.length - 1;

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      {list.dueCount + list.upcomingCount === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>
      ) : (
        <section aria-labelledby="due-view" className="space-y-3">
          <nav aria-label={t('views.label')} className="flex flex-wrap gap-2">
            {VIEWS.map((view) => (
              <Link
                key={view}
                href={hrefFor(view)}
                aria-current={view === show ? 'page' : undefined}
                className={`rounded-full px-3 py-1.5 text-sm font-medium ring-1 ${
                  view === show ? 'bg-brand-700 text-white ring-brand-700' : 'bg-white text-slate-800 ring-slate-300'
                }`}
              >
                {t('viewWithCount', { view: t(`views.${view}.label`), count: counts[view] })}
              </Link>
            ))}
          </nav>
          <h2 id="due-view" className="text-lg font-semibold text-slate-900">
            {t(`views.${show}.label`)} <span className="font-normal text-slate-500">({total})</span>
          </h2>
          {list.items.length > 0 ? (
            <>
              {list.pageCount > 1 ? (
                <p className="text-sm text-slate-600">
                  {t('range', { first: list.firstPosition, last: lastPosition, total })}
                </p>
              ) : null}
              <DueCourseList label={t(`views.${show}.label`)} items={list.items} today={today} locale={locale} />
              <Pagination
                label={t(`views.${show}.pages`)}
                page={list.page}
                pageCount={list.pageCount}
                hrefFor={(target) => hrefFor(show, target)}
              />
            </>
          ) : (
            <p className="text-sm text-slate-600">{t(`views.${show}.empty`)}</p>
          )}
        </section>
      )}
    </>
  );
}
