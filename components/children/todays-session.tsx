import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { FormAction } from '@/components/ui/use-action-form';
import type { IsoDate } from '@/lib/domain/calendar-date';
import type { CourseStatus } from '@/lib/domain/course-changes';
import { formatWeekdayDate } from '@/lib/i18n/format';
import { homeOutcomesFor, nextSessionToDo, type CalendarSession } from './home-sessions';
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
export async function TodaysSession({
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
  const t = await getTranslations('children.today');
  return (
    <section aria-labelledby="today-heading" className="rounded-lg bg-brand-50 p-4 ring-1 ring-brand-100 sm:p-6">
      <h2 id="today-heading" className="text-lg font-semibold text-slate-900">
        {t('heading')}
      </h2>
      {todays && outcomes.length > 0 ? (
        <>
          <p className="mt-1 text-sm text-slate-800">
            {t('sessionAtHome', { number: todays.number, minutes: todays.plannedMinutes })}
          </p>
          <Link
            href={guidedHref}
            className="mt-3 flex min-h-12 items-center justify-center rounded-md bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700 sm:inline-flex"
          >
            {t('startGuided')}
          </Link>
          <RecordSessionDisclosure
            summary={t('recordWithoutGuide')}
            className="mt-2"
            action={recordAction}
            sessionId={todays.id}
            patientId={patientId}
            outcomes={outcomes}
            asksWellToday
            label={t('todaysSession')}
          />
        </>
      ) : (
        <p className="mt-1 text-sm text-slate-800">
          {todays && todays.status !== 'SCHEDULED' ? t('recorded', { status: todays.status }) : t('noHomeSession')}
          {next && next.scheduledOn > today
            ? t('next', {
                date: formatWeekdayDate(next.scheduledOn, locale),
                location: next.location,
                minutes: next.plannedMinutes,
              })
            : null}
        </p>
      )}
    </section>
  );
}
