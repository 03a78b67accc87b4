import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { describeAge } from '@/components/shared/describe-age';
import { Badge, Card } from '@/components/ui/card';
import { ProgressBar } from '@/components/ui/progress-bar';
import type { IsoDate } from '@/lib/domain/calendar-date';
import { formatDate } from '@/lib/i18n/format';
import type { CourseDetail } from '@/lib/server/courses/get-course';
import { CancellationNote } from './cancellation-note';
import { COURSE_STATUS_TONES } from './labels';
import { useTranslateMessage } from '@/components/i18n/use-translate-message';

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
  const t = useTranslations('courses');
  const read = useTranslateMessage();
  const kinds = useTranslations('indications.kinds');
  const { patient } = course;
  return (
    <Card>
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <Badge tone={COURSE_STATUS_TONES[course.status]}>{t(`statuses.${course.status}`)}</Badge>
        <span className="text-sm text-slate-600">{t('overview.massage', { kind: kinds(course.kind) })}</span>
      </div>
      {course.cancellation ? (
        <div className="mb-4">
          <CancellationNote cancellation={course.cancellation} locale={locale} />
        </div>
      ) : null}
      <div className="mb-4 max-w-md">
        <ProgressBar
          value={course.progress.done}
          max={course.progress.total}
          label={t('progress', { done: course.progress.done, total: course.progress.total })}
        />
      </div>
      <dl className="grid gap-4 sm:grid-cols-2">
        <Item term={t('overview.patient')}>
          <Link href={`/patients/${patient.id}`} className="font-medium text-brand-700 underline">
            {patient.firstName} {patient.lastName}
          </Link>
          <span className="block text-sm text-slate-600">
            {t('overview.born', {
              date: formatDate(patient.dateOfBirth, locale),
              age: describeAge(patient.dateOfBirth, today, patient.gestationalAgeDays),
            })}
          </span>
        </Item>
        <Item term={t('overview.indication')}>{course.diagnosis}</Item>
        <Item term={t('overview.prescribedBy')}>{course.prescribedByName}</Item>
        <Item term={t('overview.therapist')}>
          {course.therapist
            ? course.therapist.isDeactivated
              ? t('overview.therapistDeactivated', { name: course.therapist.name })
              : course.therapist.name
            : t('overview.noTherapist')}
        </Item>
        <Item term={t('overview.schedule')}>{read(course.scheduleDescription)}</Item>
        <Item term={t('overview.whereAndHowLong')}>
          {t('overview.whereAndHowLongValue', {
            location: t(`locations.${course.location}`),
            minutes: course.minutesPerSession,
          })}
        </Item>
        <Item term={t('overview.dates')}>
          {formatDate(course.startDate, locale)}
          {course.lastSessionDate ? ` – ${formatDate(course.lastSessionDate, locale)}` : ''}
        </Item>
        <Item term={t('overview.nextCourse')}>
          {course.nextCourseDueOn
            ? t('overview.nextCourseDue', { date: formatDate(course.nextCourseDueOn, locale) })
            : // No reminder follows a cancelled course (see listPatientsDueForCourse): the doctor decides afresh.
              course.cancellation
              ? t('overview.nextCourseNone')
              : t('overview.nextCourseAfter', { days: course.breakAfterDays })}
        </Item>
      </dl>
    </Card>
  );
}
