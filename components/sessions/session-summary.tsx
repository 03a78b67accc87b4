import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { describeAge } from '@/components/shared/describe-age';
import { Badge, Card } from '@/components/ui/card';
import { ProgressBar } from '@/components/ui/progress-bar';
import type { IsoDate } from '@/lib/domain/calendar-date';
import { formatWeekdayDate } from '@/lib/i18n/format';
import type { SessionForRecording } from '@/lib/server/sessions/get-session-for-recording';

/** Who and what a session is about, beside its recording form. */
export async function SessionSummary({
  session,
  today,
  locale,
}: {
  session: SessionForRecording;
  today: IsoDate;
  locale: string;
}) {
  const { patient, course } = session;
  const [t, tCommon] = await Promise.all([getTranslations('sessions.summary'), getTranslations('common')]);
  return (
    <Card title={`${patient.firstName} ${patient.lastName}`}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <Row term={t('age')}>{describeAge(patient.dateOfBirth, today, patient.gestationalAgeDays)}</Row>
        <Row term={t('date')}>
          <time dateTime={session.scheduledOn}>{formatWeekdayDate(session.scheduledOn, locale)}</time>
          {session.scheduledOn === today ? t('today') : null}
        </Row>
        <Row term={t('session')}>
          {t('number', { number: session.number })} {session.isMakeUp ? <Badge tone="info">{t('makeUp')}</Badge> : null}
        </Row>
        <Row term={t('diagnosis')}>{course.diagnosis}</Row>
        <Row term={t('planned')}>{t('plannedToday', { minutes: session.plannedMinutes })}</Row>
      </dl>
      <div className="mt-4">
        <ProgressBar
          value={course.progress.done}
          max={course.progress.total}
          label={t('progress', {
            label: tCommon('courseProgress', { done: course.progress.done, total: course.progress.total }),
          })}
        />
      </div>
      <p className="mt-4 text-sm">
        <Link href={`/courses/${course.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
          {t('openCourse')}
        </Link>
      </p>
    </Card>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-slate-500">{term}</dt>
      <dd className="min-w-0 break-words text-slate-900">{children}</dd>
    </>
  );
}
