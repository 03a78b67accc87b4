import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { SessionTimeForm } from '@/components/sessions/session-time-form';
import { formatSessionTime } from '@/components/shared/format-session-date';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { formatMinute } from '@/lib/domain/clinic-day';
import { formatWeekdayDate } from '@/lib/i18n/format';
import { getRequestLocale } from '@/lib/i18n/locale';
import { getRequestTranslator } from '@/lib/i18n/request-translator';
import { orNotFound } from '@/lib/pages/or-not-found';
import { getSessionTimeForm } from '@/lib/server/sessions/session-time';
import { setSessionTimeAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('sessions.time');
  return { title: t('title') };
}

type Props = { params: Promise<{ sessionId: string }> };

/**
 * Books one clinic session's time of day: a make-up that found no free slot when it was added, or a
 * family that asks for another hour. The day stays; moving the day is postponing.
 */
export default async function SessionTimePage({ params }: Props) {
  const actor = await requirePage('/sessions/[sessionId]/time');
  const { sessionId } = await params;
  const [session, locale, t, translate] = await Promise.all([
    orNotFound(getSessionTimeForm(actor, sessionId, clinicToday())),
    getRequestLocale(),
    getTranslations('sessions.time'),
    getRequestTranslator(),
  ]);
  const bookedTime = formatSessionTime(session.time, locale);

  return (
    <>
      <p className="mb-4 text-sm">
        <Link
          href={`/courses/${session.courseId}`}
          className="font-medium text-brand-700 underline-offset-2 hover:underline"
        >
          {t('back')}
        </Link>
      </p>
      <PageHeader
        title={t('title')}
        subtitle={`${session.patientName} · ${formatWeekdayDate(session.scheduledOn, locale)}`}
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_1.4fr]">
        <Card title={t('session')}>
          <div className="space-y-1 text-sm text-slate-700">
            <p className="font-medium text-slate-900">{bookedTime ? t('now', { time: bookedTime }) : t('notSet')}</p>
            {session.therapistName ? <p>{t('therapist', { name: session.therapistName })}</p> : null}
          </div>
        </Card>
        <Card title={t('label')}>
          {session.refusal ? (
            <p className="text-slate-700">{translate(session.refusal)}</p>
          ) : session.starts.length === 0 ? (
            <p className="text-slate-700">{t('noStarts')}</p>
          ) : (
            <SessionTimeForm
              action={setSessionTimeAction}
              sessionId={session.id}
              currentStart={session.time.startMinute === null ? null : formatMinute(session.time.startMinute)}
              currentRoom={session.time.room}
              starts={session.starts.map(formatMinute)}
              rooms={session.rooms}
            />
          )}
        </Card>
      </div>
    </>
  );
}
