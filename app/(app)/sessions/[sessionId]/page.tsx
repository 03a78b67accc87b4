import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { RoutineSteps } from '@/components/courses/routine-steps';
import { RecordSessionForm } from '@/components/sessions/record-session-form';
import { formatSessionTime } from '@/components/shared/format-session-date';
import { SessionSummary } from '@/components/sessions/session-summary';
import { unwellConditionLabels } from '@/components/sessions/unwell-condition-labels';
import { Card, PageHeader } from '@/components/ui/card';
import { can } from '@/lib/auth/policy';
import { requirePage } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import type { IsoDate } from '@/lib/domain/calendar-date';
import { scaleRoutine } from '@/lib/domain/rules';
import { sessionOutcomes } from '@/lib/domain/session-outcomes';
import { sessionTimeRefusal } from '@/lib/domain/session-time';
import { formatWeekdayDate, quantities } from '@/lib/i18n/format';
import { getLocale, getRequestLocale } from '@/lib/i18n/locale';
import { getRequestTranslator } from '@/lib/i18n/request-translator';
import { localizeDirections } from '@/lib/i18n/rule-directions';
import { getSessionForRecording, type SessionForRecording } from '@/lib/server/sessions/get-session-for-recording';
import { orNotFound } from '@/lib/pages/or-not-found';
import { recordClinicSessionAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('sessions.record');
  return { title: t('title') };
}

type Props = { params: Promise<{ sessionId: string }> };

export default async function RecordSessionPage({ params }: Props) {
  const actor = await requirePage('/sessions/[sessionId]');
  const { sessionId } = await params;
  const session = await orNotFound(getSessionForRecording(actor, sessionId));
  const today = clinicToday();
  const [locale, interfaceLocale, t, tCommon, translate] = await Promise.all([
    getRequestLocale(),
    getLocale(),
    getTranslations('sessions.record'),
    getTranslations('common'),
    getRequestTranslator(),
  ]);
  const childName = `${session.patient.firstName} ${session.patient.lastName}`;
  const mayBookTime =
    can(actor.role, 'SET_SESSION_TIME') &&
    sessionTimeRefusal(
      { ...session, courseStatus: session.course.status, therapistId: session.course.therapistId },
      today,
    ) === null;

  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/sessions" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          {t('back')}
        </Link>
      </p>
      <PageHeader
        title={t('title')}
        subtitle={`${childName} · ${formatWeekdayDate(session.scheduledOn, locale)}${
          session.location === 'CLINIC' ? ` · ${formatSessionTime(session.time, locale) ?? tCommon('timeNotSet')}` : ''
        }`}
      />
      {mayBookTime ? (
        <p className="-mt-2 mb-4 text-sm">
          <Link
            href={`/sessions/${session.id}/time`}
            className="font-medium text-brand-700 underline-offset-2 hover:underline"
          >
            {t('changeTime')}
          </Link>
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[1fr_1.4fr]">
        <div className="space-y-6">
          <SessionSummary session={session} today={today} locale={locale} />
          <Card title={t('routine', { minutes: quantities(interfaceLocale).minutes(session.plannedMinutes) })}>
            {/* The prescribed routine fitted to this session's planned minutes. */}
            <RoutineSteps
              steps={
                session.course.routine &&
                localizeDirections(scaleRoutine(session.course.routine, session.plannedMinutes), translate)
              }
            />
          </Card>
        </div>
        <Card title={t('outcome')}>{await recordingBody(session, today)}</Card>
      </div>
    </>
  );
}

async function recordingBody(session: SessionForRecording, today: IsoDate) {
  const [t, conditionLabels, translate] = await Promise.all([
    getTranslations('sessions.record'),
    unwellConditionLabels(),
    getRequestTranslator(),
  ]);
  const { closed, refusals } = sessionOutcomes({
    status: session.status,
    courseStatus: session.course.status,
    scheduledOn: session.scheduledOn,
    today,
  });
  if (closed)
    return (
      <div className="space-y-3">
        <p className="text-slate-700">{translate(closed.message)}</p>
        {closed.reason === 'ALREADY_RECORDED' ? (
          // The correction page answers "not found" to a therapist who did not record it.
          <Link
            href={`/sessions/${session.id}/correct`}
            className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
          >
            {t('correct')}
          </Link>
        ) : null}
      </div>
    );
  // A session not yet due can only be postponed; the form starts there and the reason is shown.
  const notYet = refusals.DONE;
  return (
    <div className="space-y-4">
      {notYet ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{translate(notYet.message)}</p>
      ) : null}
      <RecordSessionForm
        action={recordClinicSessionAction}
        sessionId={session.id}
        plannedMinutes={session.plannedMinutes}
        ageMaxMinutes={session.ageMaxMinutes}
        isFuture={notYet !== null}
        conditionLabels={conditionLabels}
      />
    </div>
  );
}
