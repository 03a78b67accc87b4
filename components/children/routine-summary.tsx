import { getTranslations } from 'next-intl/server';
import type { IsoDate } from '@/lib/domain/calendar-date';
import { scaleRoutine, type RoutineStep } from '@/lib/domain/rules';
import { formatWeekdayDate, quantities } from '@/lib/i18n/format';
import { getLocale } from '@/lib/i18n/locale';
import type { CalendarSession } from './home-sessions';
import { RoutineDisclosure } from './routine-disclosure';

type RoutineSummaryProps = {
  /** The parent's steps (parentHomeSteps), as prescribed. */
  steps: readonly RoutineStep[];
  notes: string;
  /** The session the routine is fitted to (nextSessionToDo); null when none is left. */
  day: CalendarSession | null;
  today: IsoDate;
  locale: string;
  /** Where the fold fetches the steps when opened: the child's routine, or the carer's link's. */
  routineUrl: string;
};

/**
 * The home routine in one line (how many steps, how long, which areas), the full routine with its
 * drawings folded under it, and the clinic's notes always in sight.
 */
export async function RoutineSummary({ steps, notes, day, today, locale, routineUrl }: RoutineSummaryProps) {
  const [t, tRules, interfaceLocale] = await Promise.all([
    getTranslations('children.routine'),
    getTranslations('rules'),
    getLocale(),
  ]);
  const dayLabel = day
    ? day.scheduledOn === today
      ? t('todaysSession')
      : t('nextSession', { date: formatWeekdayDate(day.scheduledOn, locale) })
    : null;
  const fitted = day ? scaleRoutine(steps, day.plannedMinutes) : steps;
  const totalMinutes = fitted.reduce((sum, step) => sum + step.minutes, 0);
  const areas = [...new Set(fitted.map((step) => tRules(`bodyAreas.${step.area}.label`).toLowerCase()))];
  return (
    <RoutineDisclosure
      summary={
        fitted.length > 0
          ? t('summary', {
              count: fitted.length,
              minutes: quantities(interfaceLocale).minutes(totalMinutes),
              day: dayLabel ? ` (${dayLabel.toLowerCase()})` : '',
              areas: areas.join(', '),
            })
          : t('noRoutine')
      }
      footer={
        notes ? (
          <div className="mt-3 rounded-md bg-brand-50 p-3 text-sm text-brand-800">
            <h3 className="font-semibold">{t('clinicNotes')}</h3>
            <p className="mt-1 break-words whitespace-pre-line">{notes}</p>
          </div>
        ) : null
      }
      title={t('title')}
      labels={{ showAll: t('showAll'), hide: t('hide'), loading: t('loading') }}
      routineUrl={routineUrl}
      failedText={t('loadFailed')}
      notes=""
      day={day && dayLabel ? { label: dayLabel, plannedMinutes: day.plannedMinutes } : null}
    />
  );
}
