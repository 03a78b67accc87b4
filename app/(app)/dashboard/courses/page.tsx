import type { Metadata } from 'next';
import Link from 'next/link';
import { LOCATION_LABELS } from '@/components/sessions/labels';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { ProgressBar } from '@/components/ui/progress-bar';
import { requirePage } from '@/lib/auth/session';
import { formatDate } from '@/lib/i18n/format';
import { getRequestLocale } from '@/lib/i18n/locale';
import { ACTIVE_COURSE_LIMIT, listActiveCourses } from '@/lib/server/dashboard/list-active-courses';

export const metadata: Metadata = { title: 'Active courses' };

/** The dashboard's "active courses", one line each, oldest first. */
export default async function ActiveCoursesPage() {
  const actor = await requirePage('/dashboard/courses');
  const [courses, locale] = await Promise.all([listActiveCourses(actor), getRequestLocale()]);
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/dashboard" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          ← Clinic dashboard
        </Link>
      </p>
      <PageHeader title="Active courses" subtitle={`${courses.total} in all`} />
      {courses.items.length === 0 ? (
        <EmptyState title="No course is under way." />
      ) : (
        <>
          {courses.total > courses.items.length ? (
            <p className="mb-2 text-sm text-slate-600">The first {ACTIVE_COURSE_LIMIT} are shown.</p>
          ) : null}
          <ul
            aria-label="Active courses"
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
                    {course.diagnosis} · {LOCATION_LABELS[course.location]}
                    {course.therapistName ? ` · ${course.therapistName}` : ''} · from{' '}
                    {formatDate(course.startDate, locale)}
                  </p>
                </div>
                <div className="w-full sm:w-48">
                  <ProgressBar value={course.progress.done} max={course.progress.total} label={course.progress.label} />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
