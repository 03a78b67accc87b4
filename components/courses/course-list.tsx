import Link from 'next/link';
import { Badge, EmptyState } from '@/components/ui/card';
import { ProgressBar } from '@/components/ui/progress-bar';
import { formatDate } from '@/lib/i18n/format';
import type { CourseSummary } from '@/lib/server/courses/course-summary';
import { INDICATION_KIND_LABELS } from '@/components/indications/labels';
import { LOCATION_LABELS } from '@/components/sessions/labels';
import { CancellationNote } from './cancellation-note';
import { COURSE_STATUS_LABELS, COURSE_STATUS_TONES } from './labels';

export function CourseList({ courses, locale }: { courses: CourseSummary[]; locale: string }) {
  if (courses.length === 0) {
    return <EmptyState title="No courses yet.">Prescribe one from an open indication.</EmptyState>;
  }
  return (
    <ul aria-label="Courses" className="space-y-3">
      {courses.map((course) => (
        <li key={course.id}>
          <Link href={`/courses/${course.id}`} className="block rounded-md p-3 ring-1 ring-slate-200 hover:bg-slate-50">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={COURSE_STATUS_TONES[course.status]}>{COURSE_STATUS_LABELS[course.status]}</Badge>
              <span className="text-sm text-slate-600">
                {INDICATION_KIND_LABELS[course.kind]} · {LOCATION_LABELS[course.location]}
              </span>
            </div>
            <p className="mt-1 break-words font-medium text-brand-800 underline-offset-2 hover:underline">
              {course.diagnosis}
            </p>
            <p className="text-sm text-slate-600">
              {formatDate(course.startDate, locale)}
              {course.lastSessionDate ? ` – ${formatDate(course.lastSessionDate, locale)}` : ''}
              {course.therapistName ? ` · Therapist: ${course.therapistName}` : ''}
            </p>
            <div className="mt-2 max-w-sm">
              <ProgressBar value={course.progress.done} max={course.progress.total} label={course.progress.label} />
            </div>
            {course.cancellation ? (
              <div className="mt-1">
                <CancellationNote cancellation={course.cancellation} locale={locale} />
              </div>
            ) : null}
            {course.nextCourseDueOn ? (
              <p className="mt-1 text-sm text-slate-700">
                Next course due from {formatDate(course.nextCourseDueOn, locale)}
              </p>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
