import Link from 'next/link';
import type { ReactNode } from 'react';
import { describeAge } from '@/components/shared/describe-age';
import { Badge, Card } from '@/components/ui/card';
import { ProgressBar } from '@/components/ui/progress-bar';
import type { IsoDate } from '@/lib/domain/calendar-date';
import { formatWeekdayDate } from '@/lib/i18n/format';
import type { SessionForRecording } from '@/lib/server/sessions/get-session-for-recording';

/** Who and what a session is about, beside its recording form. */
export function SessionSummary({
  session,
  today,
  locale,
}: {
  session: SessionForRecording;
  today: IsoDate;
  locale: string;
}) {
  const { patient, course } = session;
  return (
    <Card title={`${patient.firstName} ${patient.lastName}`}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <Row term="Age">{describeAge(patient.dateOfBirth, today, patient.gestationalAgeDays)}</Row>
        <Row term="Date">
          <time dateTime={session.scheduledOn}>{formatWeekdayDate(session.scheduledOn, locale)}</time>
          {session.scheduledOn === today ? ' (today)' : null}
        </Row>
        <Row term="Session">
          No. {session.number} of the course {session.isMakeUp ? <Badge tone="info">Make-up</Badge> : null}
        </Row>
        <Row term="Diagnosis">{course.diagnosis}</Row>
        <Row term="Planned">{session.plannedMinutes} min today</Row>
      </dl>
      <div className="mt-4">
        <ProgressBar
          value={course.progress.done}
          max={course.progress.total}
          label={`Course progress: ${course.progress.label}`}
        />
      </div>
      <p className="mt-4 text-sm">
        <Link href={`/courses/${course.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
          Open the course
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
