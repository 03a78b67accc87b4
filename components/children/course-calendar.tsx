import type { ReactNode } from 'react';
import { CALLED_OFF_LABEL } from '@/components/courses/labels';
import { STATUS_LABELS, TOLERANCE_LABELS } from '@/components/sessions/labels';
import { Badge } from '@/components/ui/card';
import type { IsoDate } from '@/lib/domain/calendar-date';
import type { CourseStatus } from '@/lib/domain/course-changes';
import { sessionOutcomes } from '@/lib/domain/session-outcomes';
import { formatWeekdayDate } from '@/lib/i18n/format';
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
 * The course in three short parts, so a phone shows it without scrolling past every session:
 * today's session with its form open, the sessions to come one line each, and the past ones with
 * how they went (an unrecorded one keeps its form folded until the parent opens it).
 */
export function CourseCalendar({ sessions, today, locale, renderRecordForm }: CourseCalendarProps) {
  const isPast = (session: CalendarSession) => session.status !== 'SCHEDULED' || session.scheduledOn < today;
  const todays = sessions.filter((session) => session.status === 'SCHEDULED' && session.scheduledOn === today);
  const upcoming = sessions.filter((session) => session.status === 'SCHEDULED' && session.scheduledOn > today);
  const past = sessions.filter(isPast);

  return (
    <div className="space-y-5">
      {todays.map((session) => (
        <section key={session.id} aria-label="Today" className="rounded-md bg-brand-50 p-3 ring-1 ring-brand-200">
          <p className="flex flex-wrap items-baseline gap-x-2 font-medium text-slate-900">
            <span>Today, session {session.number}</span>
            <span className="text-sm font-normal text-slate-700">{session.plannedMinutes} min planned</span>
            {session.isCalledOff ? <Badge>{CALLED_OFF_LABEL}</Badge> : null}
          </p>
          {renderRecordForm(session)}
        </section>
      ))}

      <SessionGroup title="Coming up" empty="No more sessions to come.">
        {upcoming.map((session) => (
          <li key={session.id} className="flex items-baseline gap-2 py-1.5 text-sm">
            <Numbered session={session} locale={locale} />
            <span className="text-slate-700">{session.plannedMinutes} min</span>
            {session.isMakeUp ? <span className="text-slate-700">(make-up)</span> : null}
            {session.isCalledOff ? (
              <span className="ml-auto">
                <Badge>{CALLED_OFF_LABEL}</Badge>
              </span>
            ) : null}
          </li>
        ))}
      </SessionGroup>

      <SessionGroup title="Past sessions" empty="None yet.">
        {past.map((session) => {
          const form = session.status === 'SCHEDULED' ? renderRecordForm(session) : null;
          return (
            <li key={session.id} className="break-inside-avoid py-2 text-sm">
              <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                <Numbered session={session} locale={locale} />
                <PastStatus session={session} />
                <HowItWent session={session} />
              </div>
              {session.notes ? <p className="mt-0.5 break-words text-slate-700 italic">“{session.notes}”</p> : null}
              {session.status === 'POSTPONED' && session.reason ? (
                <p className="mt-0.5 break-words text-slate-700">Reason: {session.reason}</p>
              ) : null}
              {form ? (
                <details className="no-print mt-1">
                  <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand-700">
                    Record this session
                  </summary>
                  {form}
                </details>
              ) : null}
            </li>
          );
        })}
      </SessionGroup>
    </div>
  );
}

function SessionGroup({ title, empty, children }: { title: string; empty: string; children: ReactNode[] }) {
  return (
    <section>
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      {children.length > 0 ? (
        <ol aria-label={title} className="divide-y divide-slate-100">
          {children}
        </ol>
      ) : (
        <p className="py-1.5 text-sm text-slate-700">{empty}</p>
      )}
    </section>
  );
}

function Numbered({ session, locale }: { session: CalendarSession; locale: string }) {
  return (
    <>
      <span className="w-6 shrink-0 text-right text-xs font-semibold text-slate-700">
        <span className="sr-only">Session </span>
        {session.number}
      </span>
      <time dateTime={session.scheduledOn} className="font-medium text-slate-900">
        {formatWeekdayDate(session.scheduledOn, locale)}
      </time>
    </>
  );
}

/** The words always say the status; the colour only repeats it. */
function PastStatus({ session }: { session: CalendarSession }) {
  if (session.isCalledOff) return <Badge>{CALLED_OFF_LABEL}</Badge>;
  switch (session.status) {
    case 'DONE':
      return <Badge tone="good">✓ {STATUS_LABELS.DONE}</Badge>;
    case 'MISSED':
      return <Badge tone="bad">✗ {STATUS_LABELS.MISSED}</Badge>;
    case 'POSTPONED':
      return <Badge tone="warn">↷ {STATUS_LABELS.POSTPONED}</Badge>;
    case 'SCHEDULED':
      return <Badge tone="warn">! Not recorded</Badge>;
    default: {
      const unknown: never = session.status;
      return unknown;
    }
  }
}

function HowItWent({ session }: { session: CalendarSession }) {
  if (session.status !== 'DONE') return null;
  const parts = [
    session.tolerance ? TOLERANCE_LABELS[session.tolerance] : null,
    session.actualMinutes !== null ? `${session.actualMinutes} min` : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? <span className="text-slate-700">How it went: {parts.join(' · ')}</span> : null;
}
