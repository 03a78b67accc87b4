import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { Badge, EmptyState } from '@/components/ui/card';
import { ProgressBar } from '@/components/ui/progress-bar';
import { formatDate } from '@/lib/i18n/format';
import type { CourseSummary } from '@/lib/server/courses/course-summary';
import { CancellationNote } from './cancellation-note';
import { COURSE_STATUS_TONES } from './labels';

export function CourseList({ courses, locale }: { courses: CourseSummary[]; locale: string }) {
  const t = useTranslations('courses');
  const kinds = useTranslations('indications.kinds');
  if (courses.length === 0) {
    return <EmptyState title={t('list.empty')}>{t('list.emptyHint')}</EmptyState>;
  }
  return (
    <ul aria-label={t('list.label')} className="space-y-3">
      {courses.map((course) => (
        <li key={course.id}>
          <Link href={`/courses/${course.id}`} className="block rounded-md p-3 ring-1 ring-slate-200 hover:bg-slate-50">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={COURSE_STATUS_TONES[course.status]}>{t(`statuses.${course.status}`)}</Badge>
              <span className="text-sm text-slate-600">
                {kinds(course.kind)} · {t(`locations.${course.location}`)}
              </span>
            </div>
            <p className="mt-1 break-words font-medium text-brand-800 underline-offset-2 hover:underline">
              {course.diagnosis}
            </p>
            <p className="text-sm text-slate-600">
              {formatDate(course.startDate, locale)}
              {course.lastSessionDate ? ` – ${formatDate(course.lastSessionDate, locale)}` : ''}
              {course.therapistName ? ` · ${t('list.therapist', { name: course.therapistName })}` : ''}
            </p>
            <div className="mt-2 max-w-sm">
              <ProgressBar
                value={course.progress.done}
                max={course.progress.total}
                label={t('progress', { done: course.progress.done, total: course.progress.total })}
              />
            </div>
            {course.cancellation ? (
              <div className="mt-1">
                <CancellationNote cancellation={course.cancellation} locale={locale} />
              </div>
            ) : null}
            {course.nextCourseDueOn ? (
              <p className="mt-1 text-sm text-slate-700">
                {t('list.nextCourseDue', { date: formatDate(course.nextCourseDueOn, locale) })}
              </p>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
