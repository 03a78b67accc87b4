import type { ReactNode } from 'react';
import { CALLED_OFF_LABEL } from '@/components/courses/labels';
import { LOCATION_LABELS, STATUS_LABELS, TOLERANCE_LABELS } from '@/components/sessions/labels';
import { Badge } from '@/components/ui/card';
import type { IsoDate } from '@/lib/domain/calendar-date';
import type { CourseStatus } from '@/lib/domain/course-changes';
import { sessionOutcomes } from '@/lib/domain/session-outcomes';
import { formatWeekdayDate } from '@/lib/i18n/format';
import type { CourseSession } from '@/lib/server/courses/get-course';

/** The calendar shows what the course page shows, minus who recorded each session. */
export type CalendarSession = Omit<CourseSession, 'recordedByName'>;

type CourseCalendarProps = {
  sessions: readonly CalendarSession[];
  today: IsoDate;
  locale: string;
  /** The tick form for a session the parent may mark done now; null for the others. */
  renderMarkDone: (session: CalendarSession) => ReactNode;
};

/** A home session that can be recorded done now: the parent can tick it. */
export function canMarkHomeSession(session: CalendarSession, today: IsoDate, courseStatus: CourseStatus): boolean {
  return (
    session.location === 'HOME' &&
    sessionOutcomes({ status: session.status, courseStatus, scheduledOn: session.scheduledOn, today }).refusals.DONE ===
      null
  );
}

/**
 * The session the home routine is sized for: the next one still to do, today's if there is one.
 * Null when none is left.
 */
export function nextSessionToDo(sessions: readonly CalendarSession[], today: IsoDate): CalendarSession | null {
  return (
    sessions.find(
      (session) => session.status === 'SCHEDULED' && !session.isCalledOff && session.scheduledOn >= today,
    ) ?? null
  );
}

/** Every session of the course in date order: where it happens, how long, and whether it is done. */
export function CourseCalendar({ sessions, today, locale, renderMarkDone }: CourseCalendarProps) {
  return (
    <ol aria-label="Course calendar" className="divide-y divide-slate-100">
      {sessions.map((session) => {
        const date = formatWeekdayDate(session.scheduledOn, locale);
        return (
          <li key={session.id} className="break-inside-avoid py-3">
            <div className="flex items-start gap-3">
              <span
                aria-hidden="true"
                className="mt-0.5 flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-slate-100 text-xs font-semibold text-slate-700"
              >
                {session.number}
              </span>
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <time dateTime={session.scheduledOn} className="font-medium text-slate-900">
                    {date}
                  </time>
                  <Badge tone={session.location === 'HOME' ? 'info' : 'neutral'}>
                    {LOCATION_LABELS[session.location]}
                  </Badge>
                  {session.isMakeUp ? <Badge>Make-up</Badge> : null}
                  <span className="text-sm text-slate-600">{session.plannedMinutes} min</span>
                  <span className="ml-auto">
                    <StatusBadge session={session} today={today} />
                  </span>
                </div>
                {session.location === 'HOME' && session.status === 'DONE' ? (
                  <HomeSessionNote session={session} />
                ) : null}
                {session.status === 'POSTPONED' && session.reason ? (
                  <p className="mt-1 break-words text-sm text-slate-600">Reason: {session.reason}</p>
                ) : null}
                {renderMarkDone(session)}
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

function StatusBadge({ session, today }: { session: CalendarSession; today: IsoDate }) {
  if (session.isCalledOff) return <Badge>{CALLED_OFF_LABEL}</Badge>;
  switch (session.status) {
    case 'DONE':
      return <Badge tone="good">✓ {STATUS_LABELS.DONE}</Badge>;
    case 'MISSED':
      return <Badge tone="bad">{STATUS_LABELS.MISSED}</Badge>;
    case 'POSTPONED':
      return <Badge tone="warn">{STATUS_LABELS.POSTPONED}</Badge>;
    case 'SCHEDULED':
      if (session.scheduledOn === today) return <Badge tone="info">Today</Badge>;
      if (session.scheduledOn < today) return <Badge tone="warn">Not recorded yet</Badge>;
      return <span className="text-xs font-medium text-slate-500">{STATUS_LABELS.SCHEDULED}</span>;
    default: {
      const unknown: never = session.status;
      return unknown;
    }
  }
}

function HomeSessionNote({ session }: { session: CalendarSession }) {
  const parts = [
    session.tolerance ? TOLERANCE_LABELS[session.tolerance] : null,
    session.actualMinutes !== null ? `${session.actualMinutes} min` : null,
  ].filter((part): part is string => part !== null);
  return (
    <p className="mt-1 text-sm text-slate-600">
      {parts.length > 0 ? <span>How it went: {parts.join(' · ')}</span> : null}
      {session.notes ? <span className="block break-words italic">“{session.notes}”</span> : null}
    </p>
  );
}
