import Link from 'next/link';
import type { ReactNode } from 'react';
import { INDICATION_KIND_LABELS } from '@/components/indications/labels';
import { describeAge } from '@/components/shared/describe-age';
import { Badge, Card } from '@/components/ui/card';
import { ProgressBar } from '@/components/ui/progress-bar';
import type { IsoDate } from '@/lib/domain/calendar-date';
import { formatDate } from '@/lib/i18n/format';
import type { CourseDetail } from '@/lib/server/courses/get-course';
import { LOCATION_LABELS } from '@/components/sessions/labels';
import { CancellationNote } from './cancellation-note';
import { COURSE_STATUS_LABELS, COURSE_STATUS_TONES } from './labels';

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{term}</dt>
      <dd className="mt-0.5 break-words text-slate-900">{children}</dd>
    </div>
  );
}

/** The prescription at a glance: who, why, how often, how far along. */
export function CourseOverview({ course, today, locale }: { course: CourseDetail; today: IsoDate; locale: string }) {
  const { patient } = course;
  return (
    <Card>
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <Badge tone={COURSE_STATUS_TONES[course.status]}>{COURSE_STATUS_LABELS[course.status]}</Badge>
        <span className="text-sm text-slate-600">{INDICATION_KIND_LABELS[course.kind]} massage</span>
      </div>
      {course.cancellation ? (
        <div className="mb-4">
          <CancellationNote cancellation={course.cancellation} locale={locale} />
        </div>
      ) : null}
      <div className="mb-4 max-w-md">
        <ProgressBar value={course.progress.done} max={course.progress.total} label={course.progress.label} />
      </div>
      <dl className="grid gap-4 sm:grid-cols-2">
        <Item term="Patient">
          <Link href={`/patients/${patient.id}`} className="font-medium text-brand-700 underline">
            {patient.firstName} {patient.lastName}
          </Link>
          <span className="block text-sm text-slate-600">
            Born {formatDate(patient.dateOfBirth, locale)},{' '}
            {describeAge(patient.dateOfBirth, today, patient.gestationalAgeDays)}
          </span>
        </Item>
        <Item term="Indication">{course.diagnosis}</Item>
        <Item term="Prescribed by">{course.prescribedByName}</Item>
        <Item term="Therapist">
          {course.therapist
            ? `${course.therapist.name}${course.therapist.isDeactivated ? ' (account deactivated)' : ''}`
            : 'None assigned'}
        </Item>
        <Item term="Schedule">{course.scheduleDescription}</Item>
        <Item term="Where and how long">
          {LOCATION_LABELS[course.location]}, sessions growing to {course.minutesPerSession} min
        </Item>
        <Item term="Dates">
          {formatDate(course.startDate, locale)}
          {course.lastSessionDate ? ` – ${formatDate(course.lastSessionDate, locale)}` : ''}
        </Item>
        <Item term="Next course">{nextCourse(course, locale)}</Item>
      </dl>
    </Card>
  );
}

function nextCourse(course: CourseDetail, locale: string): string {
  if (course.nextCourseDueOn) return `Due from ${formatDate(course.nextCourseDueOn, locale)}`;
  // No reminder follows a cancelled course (see listPatientsDueForCourse): the doctor decides afresh.
  if (course.cancellation) return 'None planned: the course was cancelled';
  return `${course.breakAfterDays} days after the last session`;
}
