'use client';

import { useTranslations } from 'next-intl';
import type { PrescriptionPreview } from '@/lib/domain/prescription/decide-prescription';
import { formatDate } from '@/lib/i18n/format';
import { formatSessionDate } from '@/components/shared/format-session-date';
import { formatMinute } from '@/lib/domain/clinic-day';
import { useTranslateMessage } from '@/components/i18n/use-translate-message';

/** The words the preview and the sections beside it share, in the interface's language. */
export function useScheduleWords() {
  const t = useTranslations('courses.prescribe.preview');
  return {
    /** "about 2 months" for 60 days, "about 3 weeks" for 21: how people think of the break. */
    describeBreak(days: number): string {
      if (days < 45) return t('aboutWeeks', { count: Math.max(1, Math.round(days / 7)) });
      return t('aboutMonths', { count: Math.round(days / 30.44) });
    },
    /** "Sessions grow from 5 to 14 min.", or "Every session 15 min." when the plan does not grow. */
    describeGrowth(plannedMinutes: readonly number[]): string {
      const first = plannedMinutes[0] ?? 0;
      const last = plannedMinutes.at(-1) ?? first;
      return first === last ? t('growthNone', { minutes: first }) : t('growth', { first, last });
    },
  };
}

/** The live preview beside the prescribe form: nothing here is saved. */
export function SchedulePreviewPanel({
  preview: { schedule, breakAfterDays, nextCourseFrom, plannedMinutes, overdue, times },
  locale,
}: {
  preview: PrescriptionPreview;
  locale: string;
}) {
  const t = useTranslations('courses.prescribe.preview');
  const read = useTranslateMessage();
  const { describeBreak, describeGrowth } = useScheduleWords();
  return (
    <section
      aria-labelledby="schedule-preview-title"
      className="space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6"
    >
      <div>
        <h2 id="schedule-preview-title" className="text-lg font-semibold text-slate-900">
          {t('title')}
        </h2>
        <p className="text-xs text-slate-500">{t('description')}</p>
      </div>
      <div aria-live="polite" className="space-y-1">
        {schedule.description ? <p className="font-medium text-slate-800">{read(schedule.description)}</p> : null}
        {schedule.ok ? (
          <p className="text-sm text-slate-700">
            {t('sessions', {
              count: schedule.dates.length,
              first: formatDate(schedule.first, locale),
              last: formatDate(schedule.last, locale),
            })}
          </p>
        ) : (
          <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {read(schedule.problem)}
          </p>
        )}
      </div>
      {overdue ? (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {read(overdue.message)}
        </p>
      ) : null}
      {schedule.ok ? (
        <>
          {plannedMinutes ? <p className="text-sm text-slate-700">{describeGrowth(plannedMinutes)}</p> : null}
          <ol aria-label={t('planned')} className="grid gap-1 text-sm sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
            {schedule.dates.map((planned, index) => {
              const placed = times.status === 'READY' ? times.placed?.[index] : undefined;
              const date = placed?.date ?? planned;
              return (
                <li key={planned} className="flex flex-wrap gap-x-2 rounded bg-slate-50 px-2 py-1">
                  <span className="w-6 shrink-0 text-right tabular-nums text-slate-500">{index + 1}.</span>
                  <time dateTime={date}>{formatSessionDate(date, locale)}</time>
                  {placed ? <span className="tabular-nums font-medium">{formatMinute(placed.start)}</span> : null}
                  {plannedMinutes?.[index] !== undefined ? (
                    <span className="ml-auto tabular-nums text-slate-600">
                      {t('minutes', { minutes: plannedMinutes[index] })}
                    </span>
                  ) : null}
                  {placed && placed.date !== planned ? (
                    <span className="w-full pl-8 text-xs text-amber-800">
                      {t('moved', { date: formatSessionDate(planned, locale) })}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ol>
          <p className="text-sm text-slate-700">
            {nextCourseFrom && breakAfterDays !== null
              ? t.rich('nextCourse', {
                  date: formatDate(nextCourseFrom, locale),
                  days: breakAfterDays,
                  about: describeBreak(breakAfterDays),
                  strong: (chunks) => <strong>{chunks}</strong>,
                })
              : t('noBreak')}
          </p>
        </>
      ) : null}
    </section>
  );
}
