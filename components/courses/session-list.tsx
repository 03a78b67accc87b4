import { formatSessionTime } from '@/components/shared/format-session-date';
import Link from 'next/link';
import { CorrectionHistory } from '@/components/sessions/correction-history';
import { Badge, EmptyState } from '@/components/ui/card';
import type { IsoDate } from '@/lib/domain/calendar-date';
import type { CourseStatus } from '@/lib/domain/course-changes';
import { sessionState } from '@/lib/domain/session-state';
import type { CourseSession } from '@/lib/server/courses/get-course';
import type { CourseCorrections } from '@/lib/server/courses/get-course-corrections';
import { formatSessionDate } from '@/components/shared/format-session-date';
import { LOCATION_LABELS, TOLERANCE_LABELS } from '@/components/sessions/labels';
import { CALLED_OFF_LABEL, OVERDUE_LABEL, SESSION_STATUS_LABELS, SESSION_STATUS_TONES } from './labels';

type SessionListProps = {
  sessions: CourseSession[];
  courseStatus: CourseStatus;
  today: IsoDate;
  locale: string;
  timeZone: string;
  corrections: Pick<CourseCorrections, 'bySession' | 'correctableSessionIds'>;
};

/** Every dated session of a course in order, with what was recorded for it and how it was corrected. */
export function SessionList({ sessions, courseStatus, today, locale, timeZone, corrections }: SessionListProps) {
  if (sessions.length === 0) return <EmptyState title="This course has no sessions." />;
  return (
    <ol aria-label="Sessions" className="divide-y divide-slate-200">
      {sessions.map((session) => {
        const details = [
          LOCATION_LABELS[session.location],
          session.location === 'CLINIC' ? formatSessionTime(session.time, locale) : null,
          session.actualMinutes !== null
            ? `${session.actualMinutes} min (${session.plannedMinutes} planned)`
            : `${session.plannedMinutes} min planned`,
          session.tolerance ? TOLERANCE_LABELS[session.tolerance] : null,
        ].filter(Boolean);
        return (
          <li key={session.id} className="flex gap-3 py-3 break-inside-avoid first:pt-0 last:pb-0">
            <span
              className="w-7 shrink-0 pt-0.5 text-right font-semibold tabular-nums text-slate-500"
              aria-label={`Session ${session.number}`}
            >
              {session.number}.
            </span>
            <div className="min-w-0 flex-1 space-y-1">
              <div className="flex flex-wrap items-center gap-2">
                <time dateTime={session.scheduledOn} className="font-medium text-slate-900">
                  {formatSessionDate(session.scheduledOn, locale)}
                </time>
                <StateBadge session={session} courseStatus={courseStatus} today={today} />
                {session.isMakeUp ? <Badge tone="warn">Make-up</Badge> : null}
              </div>
              <p className="text-sm text-slate-600">{details.join(' · ')}</p>
              {session.reason ? <p className="break-words text-sm text-slate-700">Reason: {session.reason}</p> : null}
              {session.notes ? <p className="break-words text-sm text-slate-700">{session.notes}</p> : null}
              {session.recordedByName ? (
                <p className="text-xs text-slate-500">
                  Recorded by {session.recordedByName}
                  {session.wellConfirmed ? ', who confirmed the baby was well beforehand' : ''}
                </p>
              ) : null}
              <CorrectionHistory
                corrections={corrections.bySession[session.id] ?? []}
                locale={locale}
                timeZone={timeZone}
              />
              {corrections.correctableSessionIds.includes(session.id) ? (
                <Link
                  href={`/sessions/${session.id}/correct`}
                  className="no-print inline-block text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
                >
                  Correct session {session.number}
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
  const state = sessionState(session, courseStatus, today);
  switch (state) {
    case 'CALLED_OFF':
      return <Badge>{CALLED_OFF_LABEL}</Badge>;
    case 'OVERDUE':
      return <Badge tone="warn">{OVERDUE_LABEL}</Badge>;
    default:
      return <Badge tone={SESSION_STATUS_TONES[state]}>{SESSION_STATUS_LABELS[state]}</Badge>;
  }
}
