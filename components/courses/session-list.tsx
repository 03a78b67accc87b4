import { formatSessionTime } from '@/components/shared/format-session-date';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { Fragment } from 'react';
import { CorrectionHistory } from '@/components/sessions/correction-history';
import { Badge, EmptyState } from '@/components/ui/card';
import type { IsoDate } from '@/lib/domain/calendar-date';
import type { CourseStatus } from '@/lib/domain/course-changes';
import { sessionState } from '@/lib/domain/session-state';
import type { CourseSession } from '@/lib/server/courses/get-course';
import type { CourseCorrections } from '@/lib/server/courses/get-course-corrections';
import { formatSessionDate } from '@/components/shared/format-session-date';
import { SESSION_STATUS_TONES } from './labels';

type SessionListProps = {
  sessions: CourseSession[];
  courseStatus: CourseStatus;
  today: IsoDate;
  locale: string;
  timeZone: string;
  corrections: Pick<CourseCorrections, 'bySession' | 'correctableSessionIds'>;
  /** The sessions whose time the reader may book (sessionTimeRefusal, SET_SESSION_TIME). */
  bookableSessionIds: readonly string[];
};

/**
 * Every dated session of a course in order, with what was recorded for it and how it was corrected.
 * Its links are not prefetched: a link or two a session would send dozens of requests per view.
 */
export function SessionList({
  sessions,
  courseStatus,
  today,
  locale,
  timeZone,
  corrections,
  bookableSessionIds,
}: SessionListProps) {
  const t = useTranslations('courses');
  const tCommon = useTranslations('common');
  if (sessions.length === 0) return <EmptyState title={t('sessions.empty')} />;
  return (
    <ol aria-label={t('sessions.label')} className="divide-y divide-slate-200">
      {sessions.map((session) => {
        const isBookable = bookableSessionIds.includes(session.id);
        const isTimeSet = session.time.startMinute !== null;
        const time =
          session.location !== 'CLINIC' ? null : isBookable && isTimeSet ? (
            // The time itself opens its booking: one link a row, however many sessions are to come.
            <Link
              prefetch={false}
              href={`/sessions/${session.id}/time`}
              className="font-medium text-brand-700 underline-offset-2 hover:underline"
            >
              {formatSessionTime(session.time, locale) ?? tCommon('timeNotSet')}
              <span className="sr-only"> — {t('sessions.changeTime', { number: session.number })}</span>
            </Link>
          ) : (
            (formatSessionTime(session.time, locale) ?? tCommon('timeNotSet'))
          );
        const details = [
          t(`locations.${session.location}`),
          time,
          session.actualMinutes !== null
            ? t('sessions.actualMinutes', { actual: session.actualMinutes, planned: session.plannedMinutes })
            : t('sessions.plannedMinutes', { planned: session.plannedMinutes }),
          session.tolerance ? t(`sessions.tolerances.${session.tolerance}`) : null,
        ].filter(Boolean);
        return (
          <li key={session.id} className="course-row py-3">
            <span
              className="course-row-number w-7 pt-0.5"
              aria-label={t('sessions.number', { number: session.number })}
            >
              {session.number}.
            </span>
            <div className="min-w-0 flex-1 space-y-1">
              <div className="flex flex-wrap items-center gap-2">
                <time dateTime={session.scheduledOn} className="font-medium text-slate-900">
                  {formatSessionDate(session.scheduledOn, locale)}
                </time>
                <StateBadge session={session} courseStatus={courseStatus} today={today} />
                {session.isMakeUp ? <Badge tone="warn">{t('sessions.makeUp')}</Badge> : null}
              </div>
              <p className="text-sm text-slate-600">
                {details.map((detail, index) => (
                  <Fragment key={index}>
                    {index > 0 ? ' · ' : null}
                    {detail}
                  </Fragment>
                ))}
              </p>
              {session.reason ? (
                <p className="break-words text-sm text-slate-700">{t('sessions.reason', { reason: session.reason })}</p>
              ) : null}
              {session.notes ? <p className="break-words text-sm text-slate-700">{session.notes}</p> : null}
              {session.recordedByName ? (
                <p className="text-xs text-slate-500">
                  {session.wellConfirmed
                    ? t('sessions.recordedByWell', { name: session.recordedByName })
                    : t('sessions.recordedBy', { name: session.recordedByName })}
                </p>
              ) : null}
              <CorrectionHistory
                corrections={corrections.bySession[session.id] ?? []}
                locale={locale}
                timeZone={timeZone}
              />
              {corrections.correctableSessionIds.includes(session.id) ? (
                <Link prefetch={false} href={`/sessions/${session.id}/correct`} className="no-print course-row-link">
                  {t('sessions.correct', { number: session.number })}
                </Link>
              ) : null}
              {isBookable && !isTimeSet ? (
                <Link prefetch={false} href={`/sessions/${session.id}/time`} className="no-print course-row-link">
                  {t('sessions.setTime', { number: session.number })}
                </Link>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

function StateBadge({
  session,
  courseStatus,
  today,
}: {
  session: CourseSession;
  courseStatus: CourseStatus;
  today: IsoDate;
}) {
  const t = useTranslations('courses.sessions.states');
  const state = sessionState(session, courseStatus, today);
  switch (state) {
    case 'CALLED_OFF':
      return <Badge>{t('CALLED_OFF')}</Badge>;
    case 'OVERDUE':
      return <Badge tone="warn">{t('OVERDUE')}</Badge>;
    default:
      return <Badge tone={SESSION_STATUS_TONES[state]}>{t(state)}</Badge>;
  }
}
