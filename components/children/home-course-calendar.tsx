import { getTranslations } from 'next-intl/server';
import type { IsoDate } from '@/lib/domain/calendar-date';
import type { CourseStatus } from '@/lib/domain/course-changes';
import { asksWellToday } from '@/lib/domain/session-outcomes';
import { sessionState } from '@/lib/domain/session-state';
import type { FormAction } from '@/components/ui/use-action-form';
import { CalendarList, type CalendarLabels, type CalendarRow } from './calendar-list';
import { formatWeekdayDate } from '@/lib/i18n/format';
import { formatSessionTime } from '@/components/shared/format-session-date';
import { homeOutcomesFor, type CalendarSession } from './home-sessions';

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
export async function HomeCourseCalendar({
  sessions,
  courseStatus,
  today,
  locale,
  recordAction,
  patientId,
}: HomeCourseCalendarProps) {
  const [t, tCommon] = await Promise.all([getTranslations('children.calendar'), getTranslations('common')]);
  const rows = sessions.map((session): CalendarRow => {
    const outcomes = session.scheduledOn < today ? homeOutcomesFor(session, today, courseStatus) : [];
    return {
      id: session.id,
      number: session.number,
      date: session.scheduledOn,
      dateLabel: formatWeekdayDate(session.scheduledOn, locale),
      place: session.location === 'CLINIC' ? t('clinic') : t('home'),
      // A clinic session's time tells the family when to come; a home session has none (and the
      // field is left out, as every row's data travels in the page).
      ...(session.location === 'CLINIC'
        ? { time: formatSessionTime(session.time, locale) ?? tCommon('timeNotSet') }
        : {}),
      plannedMinutes: session.plannedMinutes,
      isMakeUp: session.isMakeUp,
      isToday: session.scheduledOn === today,
      state: sessionState(session, courseStatus, today),
      details: {
        howItWent:
          session.status === 'DONE'
            ? [
                session.tolerance ? t('tolerance', { tolerance: session.tolerance }) : null,
                session.actualMinutes !== null ? t('minutes', { minutes: session.actualMinutes }) : null,
              ]
                .filter((part): part is string => part !== null)
                .join(' · ')
            : '',
        reason: session.status === 'POSTPONED' ? session.reason : '',
        notes: session.status === 'SCHEDULED' ? '' : session.notes,
      },
      record:
        outcomes.length > 0
          ? {
              outcomes,
              asksWellToday: asksWellToday({ scheduledOn: session.scheduledOn, today }),
              label: t('sessionOf', { date: formatWeekdayDate(session.scheduledOn, locale) }),
            }
          : null,
    };
  });
  const labels: CalendarLabels = {
    list: t('list'),
    session: t('session'),
    min: t('min'),
    makeUp: t('makeUp'),
    howItWent: t('howItWent'),
    reason: t('reason'),
    recordThis: t('recordThis'),
    calledOff: t('calledOff'),
    done: t('done'),
    missed: t('missed'),
    postponed: t('postponed'),
    notRecorded: t('notRecorded'),
    today: t('today'),
    toCome: t('toCome'),
  };
  return <CalendarList rows={rows} labels={labels} recordAction={recordAction} patientId={patientId} />;
}
