import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { CorrectSessionForm } from '@/components/sessions/correct-session-form';
import { CorrectionHistory } from '@/components/sessions/correction-history';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicTimeZone, clinicToday } from '@/lib/clinic-time';
import { correctionRefusal, countChange } from '@/lib/domain/session-corrections';
import { formatWeekdayDate } from '@/lib/i18n/format';
import { getRequestLocale } from '@/lib/i18n/locale';
import { getRequestTranslator } from '@/lib/i18n/request-translator';
import { orNotFound } from '@/lib/pages/or-not-found';
import { getSessionForCorrection } from '@/lib/server/sessions/get-session-for-correction';
import { correctSessionAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('sessions.correct');
  return { title: t('title') };
}

type Props = { params: Promise<{ sessionId: string }> };

/** The therapist who recorded a session, or a paediatrician, corrects it; its history is shown beside. */
export default async function CorrectSessionPage({ params }: Props) {
  const actor = await requirePage('/sessions/[sessionId]/correct');
  const { sessionId } = await params;
  const [session, locale, t, translate] = await Promise.all([
    orNotFound(getSessionForCorrection(actor, sessionId)),
    getRequestLocale(),
    getTranslations('sessions'),
    getRequestTranslator(),
  ]);
  const recorded = session.status === 'SCHEDULED' ? null : { ...session, status: session.status };
  const details = recorded
    ? [
        t(`status.${recorded.status}`),
        recorded.actualMinutes !== null ? t('correct.minutes', { minutes: recorded.actualMinutes }) : null,
        recorded.tolerance ? t(`tolerance.${recorded.tolerance}`) : null,
      ].filter(Boolean)
    : [];

  return (
    <>
      <p className="mb-4 text-sm">
        <Link
          href={`/courses/${session.course.id}`}
          className="font-medium text-brand-700 underline-offset-2 hover:underline"
        >
          {t('correct.back')}
        </Link>
      </p>
      <PageHeader
        title={t('correct.title')}
        subtitle={`${session.patientName} · ${formatWeekdayDate(session.scheduledOn, locale)}`}
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_1.4fr]">
        <div className="space-y-6">
          <Card title={t('correct.recordedNow')}>
            {recorded ? (
              <div className="space-y-1 text-sm">
                <p className="font-medium text-slate-900">{details.join(' · ')}</p>
                {recorded.reason ? (
                  <p className="break-words text-slate-700">{t('correct.reason', { reason: recorded.reason })}</p>
                ) : null}
                {recorded.notes ? <p className="break-words text-slate-700">{recorded.notes}</p> : null}
                {session.recordedByName ? (
                  <p className="text-xs text-slate-500">{t('correct.recordedBy', { name: session.recordedByName })}</p>
                ) : null}
              </div>
            ) : (
              <EmptyState title={t('correct.nothingRecorded')} />
            )}
          </Card>
          <Card title={t('correct.history')}>
            {session.corrections.length > 0 ? (
              <CorrectionHistory corrections={session.corrections} locale={locale} timeZone={clinicTimeZone()} />
            ) : (
              <p className="text-sm text-slate-600">{t('correct.notCorrected')}</p>
            )}
          </Card>
        </div>
        <Card title={t('correct.correction')}>
          {recorded ? (
            <CorrectSessionForm
              action={correctSessionAction}
              sessionId={session.id}
              plannedMinutes={session.plannedMinutes}
              recorded={recorded}
              countChanges={{
                DONE: countChange(recorded.status, 'DONE'),
                MISSED: countChange(recorded.status, 'MISSED'),
                POSTPONED: countChange(recorded.status, 'POSTPONED'),
              }}
            />
          ) : (
            // Postponing is never refused for its date, so the one refusal left is "nothing recorded yet".
            <p className="text-slate-700">
              {translate(correctionRefusal({ ...session, today: clinicToday() }, 'POSTPONED') ?? '')}
            </p>
          )}
        </Card>
      </div>
    </>
  );
}
