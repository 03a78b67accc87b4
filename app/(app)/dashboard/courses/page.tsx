import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { ProgressBar } from '@/components/ui/progress-bar';
import { requirePage } from '@/lib/auth/session';
import { formatDate } from '@/lib/i18n/format';
import { getRequestLocale } from '@/lib/i18n/locale';
import { ACTIVE_COURSE_LIMIT, listActiveCourses } from '@/lib/server/dashboard/list-active-courses';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dashboard.courseList');
  return { title: t('title') };
}

/** The dashboard's "active courses", one line each, oldest first. */
export default async function ActiveCoursesPage() {
  const actor = await requirePage('/dashboard/courses');
  const [courses, locale, t, tCommon] = await Promise.all([
    listActiveCourses(actor),
    getRequestLocale(),
    getTranslations('dashboard'),
    getTranslations('common'),
  ]);
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/dashboard" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          {t('back')}
        </Link>
      </p>
      <PageHeader title={t('courseList.title')} subtitle={t('inAll', { total: String(courses.total) })} />
      {courses.items.length === 0 ? (
        <EmptyState title={t('courseList.empty')} />
      ) : (
        <>
          {courses.total > courses.items.length ? (
            <p className="mb-2 text-sm text-slate-600">{t('firstShown', { limit: String(ACTIVE_COURSE_LIMIT) })}</p>
          ) : null}
          <ul
            aria-label={t('courseList.title')}
            className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm ring-1 ring-slate-200"
          >
            {courses.items.map((course) => (
              <li key={course.id} className="grid gap-1 px-4 py-3 text-sm sm:grid-cols-[1fr_auto] sm:items-center">
                <div className="min-w-0">
                  <Link
                    href={`/courses/${course.id}`}
                    className="font-medium text-brand-700 underline-offset-2 hover:underline"
                  >
                    {course.patientName}
                  </Link>
                  <p className="break-words text-slate-700">
                    {course.diagnosis} · {t(`place.${course.location}`)}
                    {course.therapistName ? ` · ${course.therapistName}` : ''} ·{' '}
                    {t('courseList.from', { date: formatDate(course.startDate, locale) })}
                  </p>
                </div>
                <div className="w-full sm:w-48">
                  <ProgressBar
                    value={course.progress.done}
                    max={course.progress.total}
                    label={tCommon('courseProgress', { done: course.progress.done, total: course.progress.total })}
                  />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
