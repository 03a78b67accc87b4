import { Badge, EmptyState } from '@/components/ui/card';
import type { CourseSession } from '@/lib/server/courses/get-course';
import { formatSessionDate } from '@/components/shared/format-session-date';
import { LOCATION_LABELS, TOLERANCE_LABELS } from '@/components/sessions/labels';
import { CALLED_OFF_LABEL, SESSION_STATUS_LABELS, SESSION_STATUS_TONES } from './labels';

/** Every dated session of a course in order, with what was recorded for it. */
export function SessionList({ sessions, locale }: { sessions: CourseSession[]; locale: string }) {
  if (sessions.length === 0) return <EmptyState title="This course has no sessions." />;
  return (
    <ol aria-label="Sessions" className="divide-y divide-slate-200">
      {sessions.map((session) => {
        const details = [
          LOCATION_LABELS[session.location],
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
                {session.isCalledOff ? (
                  <Badge>{CALLED_OFF_LABEL}</Badge>
                ) : (
                  <Badge tone={SESSION_STATUS_TONES[session.status]}>{SESSION_STATUS_LABELS[session.status]}</Badge>
                )}
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
            </div>
          </li>
        );
      })}
    </ol>
  );
}
