import type { Metadata } from 'next';
import Link from 'next/link';
import { CorrectSessionForm } from '@/components/sessions/correct-session-form';
import { CorrectionHistory } from '@/components/sessions/correction-history';
import { OUTCOME_LABELS, TOLERANCE_LABELS } from '@/components/sessions/labels';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicTimeZone, clinicToday } from '@/lib/clinic-time';
import { correctionRefusal } from '@/lib/domain/session-corrections';
import { formatWeekdayDate } from '@/lib/i18n/format';
import { getRequestLocale } from '@/lib/i18n/locale';
import { orNotFound } from '@/lib/pages/or-not-found';
import { getSessionForCorrection } from '@/lib/server/sessions/get-session-for-correction';
import { correctSessionAction } from './actions';

export const metadata: Metadata = { title: 'Correct a session' };

type Props = { params: Promise<{ sessionId: string }> };

/** The therapist who recorded a session, or a paediatrician, corrects it; its history is shown beside. */
export default async function CorrectSessionPage({ params }: Props) {
  const actor = await requirePage('/sessions/[sessionId]/correct');
  const { sessionId } = await params;
  const [session, locale] = await Promise.all([
    orNotFound(getSessionForCorrection(actor, sessionId)),
    getRequestLocale(),
  ]);
  const recorded = session.status === 'SCHEDULED' ? null : { ...session, status: session.status };
  const details = recorded
    ? [
        OUTCOME_LABELS[recorded.status],
        recorded.actualMinutes !== null ? `${recorded.actualMinutes} min` : null,
        recorded.tolerance ? TOLERANCE_LABELS[recorded.tolerance] : null,
      ].filter(Boolean)
    : [];

  return (
    <>
      <p className="mb-4 text-sm">
        <Link
          href={`/courses/${session.course.id}`}
          className="font-medium text-brand-700 underline-offset-2 hover:underline"
        >
          ← The course
        </Link>
      </p>
      <PageHeader
        title="Correct a session"
        subtitle={`${session.patientName} · ${formatWeekdayDate(session.scheduledOn, locale)}`}
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_1.4fr]">
        <div className="space-y-6">
          <Card title="Recorded now">
            {recorded ? (
              <div className="space-y-1 text-sm">
                <p className="font-medium text-slate-900">{details.join(' · ')}</p>
                {recorded.reason ? <p className="break-words text-slate-700">Reason: {recorded.reason}</p> : null}
                {recorded.notes ? <p className="break-words text-slate-700">{recorded.notes}</p> : null}
                {session.recordedByName ? (
                  <p className="text-xs text-slate-500">Recorded by {session.recordedByName}</p>
                ) : null}
              </div>
            ) : (
              <EmptyState title="Nothing was recorded for this session yet." />
            )}
          </Card>
          <Card title="History">
            {session.corrections.length > 0 ? (
              <CorrectionHistory corrections={session.corrections} locale={locale} timeZone={clinicTimeZone()} />
            ) : (
              <p className="text-sm text-slate-600">Not corrected so far.</p>
            )}
          </Card>
        </div>
        <Card title="Correction">
          {recorded ? (
            <CorrectSessionForm
              action={correctSessionAction}
              sessionId={session.id}
              plannedMinutes={session.plannedMinutes}
              recorded={recorded}
            />
          ) : (
            // Postponing is never refused for its date, so the one refusal left is "nothing recorded yet".
            <p className="text-slate-700">{correctionRefusal({ ...session, today: clinicToday() }, 'POSTPONED')}</p>
          )}
        </Card>
      </div>
    </>
  );
}
