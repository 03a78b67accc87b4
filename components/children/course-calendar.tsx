import type { ReactNode } from 'react';
import { CALLED_OFF_LABEL } from '@/components/courses/labels';
import { LOCATION_LABELS, STATUS_LABELS, TOLERANCE_LABELS } from '@/components/sessions/labels';
import { Badge } from '@/components/ui/card';
import type { IsoDate } from '@/lib/domain/calendar-date';
import type { CourseStatus } from '@/lib/domain/course-changes';
import { sessionOutcomes } from '@/lib/domain/session-outcomes';
import { formatWeekdayDate } from '@/lib/i18n/format';
import { formatSessionTime } from '@/components/shared/format-session-date';
import type { CourseSession } from '@/lib/server/courses/get-course';

/** The calendar shows what the course page shows, minus who recorded each session. */
export type CalendarSession = Omit<CourseSession, 'recordedByName'>;

/** What a parent may record for a home session: the clinic's "postponed" is not theirs to choose. */
export const HOME_OUTCOMES = ['DONE', 'MISSED', 'UNWELL'] as const;
export type HomeOutcome = (typeof HOME_OUTCOMES)[number];

/**
 * The outcomes a parent may record for this session now, as sessionOutcomes allows them (the use
 * case asks it again): none for a clinic session, a recorded one, a future one or a closed course.
 */
export function homeOutcomesFor(session: CalendarSession, today: IsoDate, courseStatus: CourseStatus): HomeOutcome[] {
  if (session.location !== 'HOME') return [];
  const { refusals } = sessionOutcomes({
    status: session.status,
    courseStatus,
    scheduledOn: session.scheduledOn,
    today,
  });
  return HOME_OUTCOMES.filter((outcome) => refusals[outcome] === null);
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

type CourseCalendarProps = {
  sessions: readonly CalendarSession[];
  today: IsoDate;
  locale: string;
  /** The form to record a session the parent may record now; null for the others. */
  renderRecordForm: (session: CalendarSession) => ReactNode;
};

/**
 * Every session in date order, each as short as it can be so a phone shows the course without
 * scrolling past forms: today's session with its form open, the sessions to come one line each,
 * the past ones with how they went (an unrecorded one keeps its form folded until opened).
 */
export function CourseCalendar({ sessions, today, locale, renderRecordForm }: CourseCalendarProps) {
  return (
    <ol aria-label="Course calendar" className="divide-y divide-slate-100 text-sm">
      {sessions.map((session) => {
        const isToday = session.scheduledOn === today && session.status === 'SCHEDULED';
        const isPast = session.status !== 'SCHEDULED' || session.scheduledOn < today;
        const form = isToday || isPast ? renderRecordForm(session) : null;
        return (
          <li
            key={session.id}
            className={`break-inside-avoid py-2 ${isToday ? '-mx-2 my-1 rounded-md bg-brand-50 px-2 ring-1 ring-brand-200' : ''}`}
          >
            <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
              <span className="w-5 shrink-0 text-right text-xs font-semibold text-slate-700">
                <span className="sr-only">Session </span>
                {session.number}
              </span>
              <time dateTime={session.scheduledOn} className="font-medium text-slate-900">
                {formatWeekdayDate(session.scheduledOn, locale)}
              </time>
              <span className="text-slate-700">{LOCATION_LABELS[session.location]}</span>
              {session.location === 'CLINIC' ? (
                <span className="font-medium text-slate-900">{formatSessionTime(session.time, locale)}</span>
              ) : null}
              <span className="text-slate-700">{session.plannedMinutes} min</span>
              {session.isMakeUp ? <Badge>Make-up</Badge> : null}
              <span className="ml-auto">
                <StatusBadge session={session} today={today} />
              </span>
            </div>
            {isPast ? <PastDetails session={session} /> : null}
            {form && isToday ? form : null}
            {form && !isToday ? (
              <details className="no-print mt-1 pl-7">
                <summary className="flex min-h-11 cursor-pointer items-center font-medium text-brand-700">
                  Record this session
                </summary>
                {form}
              </details>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

/** The words always say the status; the colour and the sign only repeat it. */
function StatusBadge({ session, today }: { session: CalendarSession; today: IsoDate }) {
  if (session.isCalledOff) return <Badge>{CALLED_OFF_LABEL}</Badge>;
  switch (session.status) {
    case 'DONE':
      return <Badge tone="good">✓ {STATUS_LABELS.DONE}</Badge>;
    case 'MISSED':
      return <Badge tone="bad">✗ {STATUS_LABELS.MISSED}</Badge>;
    case 'POSTPONED':
      return <Badge tone="warn">↷ {STATUS_LABELS.POSTPONED}</Badge>;
    case 'SCHEDULED':
      if (session.scheduledOn === today) return <Badge tone="info">Today</Badge>;
      if (session.scheduledOn < today) return <Badge tone="warn">! Not recorded yet</Badge>;
      return <span className="text-xs text-slate-700">{STATUS_LABELS.SCHEDULED}</span>;
    default: {
      const unknown: never = session.status;
      return unknown;
    }
  }
}

/** How a past session went, or why it did not take place, in a line or two. */
function PastDetails({ session }: { session: CalendarSession }) {
  const howItWent =
    session.status === 'DONE'
      ? [
          session.tolerance ? TOLERANCE_LABELS[session.tolerance] : null,
          session.actualMinutes !== null ? `${session.actualMinutes} min` : null,
        ].filter((part): part is string => part !== null)
      : [];
  const reason = session.status === 'POSTPONED' ? session.reason : '';
  if (howItWent.length === 0 && !session.notes && !reason) return null;
  return (
    <p className="mt-0.5 pl-7 break-words text-slate-700">
      {howItWent.length > 0 ? <span>How it went: {howItWent.join(' · ')} </span> : null}
      {reason ? <span>Reason: {reason} </span> : null}
      {session.notes ? <span className="italic">“{session.notes}”</span> : null}
    </p>
  );
}
