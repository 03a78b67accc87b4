import { CALLED_OFF_LABEL } from '@/components/courses/labels';
import { LOCATION_LABELS, STATUS_LABELS, TOLERANCE_LABELS } from '@/components/sessions/labels';
import { Badge } from '@/components/ui/card';
import type { IsoDate } from '@/lib/domain/calendar-date';
import type { CourseStatus } from '@/lib/domain/course-changes';
import { asksWellToday, sessionOutcomes } from '@/lib/domain/session-outcomes';
import { sessionState, type SessionState } from '@/lib/domain/session-state';
import type { FormAction } from '@/components/ui/use-action-form';
import { RecordSessionDisclosure } from './record-session-disclosure';
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

type HomeCourseCalendarProps = {
  sessions: readonly CalendarSession[];
  courseStatus: CourseStatus;
  today: IsoDate;
  locale: string;
  /** The parent's or the caregiver's record action; with the child's id when the parent's. */
  recordAction: FormAction;
  patientId?: string;
};

/**
 * The course's calendar as the family sees it, on the parent's page and the caregiver's alike:
 * every session in date order, one line each, the past ones with how they went and a folded
 * record form for one still open. Today's session is done through the guide (TodaysSession).
 */
export function HomeCourseCalendar({
  sessions,
  courseStatus,
  today,
  locale,
  recordAction,
  patientId,
}: HomeCourseCalendarProps) {
  return (
    <ol aria-label="Course calendar" className="divide-y divide-slate-100 text-sm">
      {sessions.map((session) => {
        const state = sessionState(session, courseStatus, today);
        const isToday = session.scheduledOn === today;
        const outcomes = session.scheduledOn < today ? homeOutcomesFor(session, today, courseStatus) : [];
        return (
          <li key={session.id} className={`break-inside-avoid py-1.5 ${isToday ? 'bg-brand-50' : ''}`}>
            <div className="flex flex-wrap items-baseline gap-x-2">
              <span className="w-5 text-right text-xs font-semibold">
                <span className="sr-only">Session </span>
                {session.number}
              </span>
              <time dateTime={session.scheduledOn} className="font-medium">
                {formatWeekdayDate(session.scheduledOn, locale)}
              </time>
              <span className="text-slate-700">
                {LOCATION_LABELS[session.location]} · {session.plannedMinutes} min
              </span>
              {session.isMakeUp ? <Badge>Make-up</Badge> : null}
              <span className="ml-auto">
                <StateBadge state={state} isToday={isToday} />
              </span>
            </div>
            {state === 'SCHEDULED' || state === 'CALLED_OFF' ? null : <PastDetails session={session} />}
            {outcomes.length > 0 ? (
              <RecordSessionDisclosure
                summary="Record this session"
                className="pl-7"
                action={recordAction}
                sessionId={session.id}
                patientId={patientId}
                outcomes={outcomes}
                asksWellToday={asksWellToday({ scheduledOn: session.scheduledOn, today })}
                label={`The session of ${formatWeekdayDate(session.scheduledOn, locale)}`}
              />
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

/** The words always say the state (sessionState, as every page shows it); the colour and the sign only repeat it. */
function StateBadge({ state, isToday }: { state: SessionState; isToday: boolean }) {
  switch (state) {
    case 'CALLED_OFF':
      return <Badge>{CALLED_OFF_LABEL}</Badge>;
    case 'DONE':
      return <Badge tone="good">✓ {STATUS_LABELS.DONE}</Badge>;
    case 'MISSED':
      return <Badge tone="bad">✗ {STATUS_LABELS.MISSED}</Badge>;
    case 'POSTPONED':
      return <Badge tone="warn">↷ {STATUS_LABELS.POSTPONED}</Badge>;
    case 'OVERDUE':
      return <Badge tone="warn">! Not recorded yet</Badge>;
    case 'SCHEDULED':
      return isToday ? (
        <Badge tone="info">Today</Badge>
      ) : (
        <span className="text-xs text-slate-700">{STATUS_LABELS.SCHEDULED}</span>
      );
    default: {
      const unknown: never = state;
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
