import Link from 'next/link';
import { LOCATION_LABELS, STATUS_LABELS } from '@/components/sessions/labels';
import type { FormAction } from '@/components/ui/use-action-form';
import type { IsoDate } from '@/lib/domain/calendar-date';
import type { CourseStatus } from '@/lib/domain/course-changes';
import { formatWeekdayDate } from '@/lib/i18n/format';
import { homeOutcomesFor, nextSessionToDo, type CalendarSession } from './home-course-calendar';
import { RecordSessionDisclosure } from './record-session-disclosure';

type TodaysSessionProps = {
  sessions: readonly CalendarSession[];
  courseStatus: CourseStatus;
  today: IsoDate;
  locale: string;
  /** The guided mode of today's session, for the parent or the caregiver's link. */
  guidedHref: string;
  recordAction: FormAction;
  patientId?: string;
};

/**
 * What there is to do today, first on the page: the guided massage as the one main button, the
 * plain record form folded under it (for a day the baby is not well, or a massage done without
 * the guide); otherwise when the next session is.
 */
export function TodaysSession({
  sessions,
  courseStatus,
  today,
  locale,
  guidedHref,
  recordAction,
  patientId,
}: TodaysSessionProps) {
  const todays = sessions.find((session) => session.scheduledOn === today && session.location === 'HOME');
  const outcomes = todays ? homeOutcomesFor(todays, today, courseStatus) : [];
  const next = nextSessionToDo(sessions, today);
  return (
    <section aria-labelledby="today-heading" className="rounded-lg bg-brand-50 p-4 ring-1 ring-brand-100 sm:p-6">
      <h2 id="today-heading" className="text-lg font-semibold text-slate-900">
        Today
      </h2>
      {todays && outcomes.length > 0 ? (
        <>
          <p className="mt-1 text-sm text-slate-800">
            Session {todays.number} at home: {todays.plannedMinutes} min.
          </p>
          <Link
            href={guidedHref}
            className="mt-3 flex min-h-12 items-center justify-center rounded-md bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700 sm:inline-flex"
          >
            Start today’s massage, step by step
          </Link>
          <RecordSessionDisclosure
            summary="Or record it without the guide"
            className="mt-2"
            action={recordAction}
            sessionId={todays.id}
            patientId={patientId}
            outcomes={outcomes}
            asksWellToday
            label="Today's session"
          />
        </>
      ) : (
        <p className="mt-1 text-sm text-slate-800">
          {todays && todays.status !== 'SCHEDULED'
            ? `Today’s session is recorded: ${STATUS_LABELS[todays.status].toLowerCase()}. `
            : 'No home session today. '}
          {next && next.scheduledOn > today
            ? `Next: ${formatWeekdayDate(next.scheduledOn, locale)}, ${LOCATION_LABELS[next.location].toLowerCase()}, ${next.plannedMinutes} min.`
            : null}
        </p>
      )}
    </section>
  );
}
