import type { Metadata } from 'next';
import Link from 'next/link';
import { OUTCOME_LABELS } from '@/components/sessions/labels';
import { RecordSessionForm } from '@/components/sessions/record-session-form';
import { SessionSummary } from '@/components/sessions/session-summary';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import type { IsoDate } from '@/lib/domain/calendar-date';
import { formatWeekdayDate } from '@/lib/i18n/format';
import { getRequestLocale } from '@/lib/i18n/locale';
import { getSessionForRecording, type SessionForRecording } from '@/lib/server/sessions/get-session-for-recording';
import { orNotFound } from '@/lib/pages/or-not-found';
import { CLOSED_COURSE_MESSAGES } from '@/lib/server/sessions/record-session';
import { recordClinicSession } from './actions';

export const metadata: Metadata = { title: 'Record a session' };

type Props = { params: Promise<{ sessionId: string }> };

export default async function RecordSessionPage({ params }: Props) {
  const actor = await requireUser('RECORD_CLINIC_SESSION');
  const { sessionId } = await params;
  const session = await orNotFound(getSessionForRecording(actor, sessionId));
  const today = clinicToday();
  const locale = await getRequestLocale();
  const childName = `${session.patient.firstName} ${session.patient.lastName}`;

  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/sessions" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          ← My sessions
        </Link>
      </p>
      <PageHeader title="Record a session" subtitle={`${childName} · ${formatWeekdayDate(session.scheduledOn, locale)}`} />
      <div className="grid gap-6 lg:grid-cols-[1fr_1.4fr]">
        <SessionSummary session={session} today={today} locale={locale} />
        <Card title="Outcome">{recordingBody(session, today)}</Card>
      </div>
    </>
  );
}

function recordingBody(session: SessionForRecording, today: IsoDate) {
  if (session.status !== 'SCHEDULED') {
    return <p className="text-slate-700">This session was already recorded as {OUTCOME_LABELS[session.status].toLowerCase()}.</p>;
  }
  if (session.course.status !== 'ACTIVE') {
    return <p className="text-slate-700">{CLOSED_COURSE_MESSAGES[session.course.status]}</p>;
  }
  const isFuture = session.scheduledOn > today;
  return (
    <div className="space-y-4">
      {isFuture ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">This session is in the future: it can only be postponed for now.</p>
      ) : null}
      <RecordSessionForm action={recordClinicSession} sessionId={session.id} plannedMinutes={session.course.minutesPerSession} isFuture={isFuture} />
    </div>
  );
}
