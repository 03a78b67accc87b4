'use client';

import { compareIsoDates, isIsoDate, isWeekday, type IsoDate, type Weekday } from '@/lib/domain/calendar-date';
import { describeSchedule, findScheduleRulesProblem, FREQUENCIES, generateSchedule, nextCourseDueDate, type Frequency, type ScheduleRules } from '@/lib/domain/schedule';
import { formatDate } from '@/lib/i18n/format';
import { COURSE_LIMITS } from '@/lib/validation/course';
import { formatSessionDate } from './format-session-date';

/** The schedule fields as the form holds them: strings, possibly half typed. */
export type ScheduleFormValues = {
  sessionCount: string;
  frequency: string;
  weekdays: string[];
  restAfterEvery: string;
  restDays: string;
  daysOff: string[];
  startDate: string;
  breakAfterDays: string;
};

export type SchedulePreview =
  | { ok: true; description: string; dates: IsoDate[]; first: IsoDate; last: IsoDate; breakAfterDays: number | null; nextCourseFrom: IsoDate | null }
  | { ok: false; description: string | null; problem: string };

type Limits = { min: number; max: number };

function wholeNumberIn(text: string, { min, max }: Limits): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

function weekdaysOf(values: string[]): Weekday[] {
  return values.map(Number).filter(isWeekday);
}

/** "about 2 months" for 60 days, "about 3 weeks" for 21: how people think of the break. */
export function describeBreak(days: number): string {
  if (days < 45) {
    const weeks = Math.max(1, Math.round(days / 7));
    return `about ${weeks} ${weeks === 1 ? 'week' : 'weeks'}`;
  }
  const months = Math.round(days / 30.44);
  return `about ${months} ${months === 1 ? 'month' : 'months'}`;
}

function isFrequency(value: string): value is Frequency {
  return (FREQUENCIES as readonly string[]).includes(value);
}

/**
 * What the course's schedule will be, computed with the same pure scheduler the server uses, so
 * the doctor sees the dates before saving. Rules the scheduler cannot use give its own message
 * instead of dates; the server validates again on save.
 */
export function buildSchedulePreview(values: ScheduleFormValues, dateOfBirth: IsoDate): SchedulePreview {
  if (!isFrequency(values.frequency)) return { ok: false, description: null, problem: 'Choose how often sessions happen.' };
  const restAfterEvery = values.restAfterEvery.trim() === '' ? null : wholeNumberIn(values.restAfterEvery, COURSE_LIMITS.restAfterEvery);
  const restDays = restAfterEvery === null ? 1 : wholeNumberIn(values.restDays, COURSE_LIMITS.restDays);
  const rules: ScheduleRules = {
    frequency: values.frequency,
    weekdays: weekdaysOf(values.weekdays),
    restAfterEvery,
    restDays: restDays ?? 1,
    daysOff: weekdaysOf(values.daysOff),
  };
  const description = describeSchedule(rules);
  const fail = (problem: string): SchedulePreview => ({ ok: false, description, problem });

  const { sessionCount: countLimits, restAfterEvery: restLimits, restDays: restDayLimits } = COURSE_LIMITS;
  const sessionCount = wholeNumberIn(values.sessionCount, countLimits);
  if (sessionCount === null) return fail(`Enter a number of sessions from ${countLimits.min} to ${countLimits.max}.`);
  if (values.restAfterEvery.trim() !== '' && restAfterEvery === null) {
    return fail(`“Rest after every” must be a whole number of sessions from ${restLimits.min} to ${restLimits.max}, or empty.`);
  }
  if (restDays === null) return fail(`Rest days must be a whole number from ${restDayLimits.min} to ${restDayLimits.max}.`);
  if (!isIsoDate(values.startDate)) return fail('Choose a start date.');
  if (compareIsoDates(values.startDate, dateOfBirth) < 0) return fail('The course cannot start before the child was born.');
  const problem = findScheduleRulesProblem(rules);
  if (problem) return fail(problem);

  let dates: IsoDate[];
  try {
    dates = generateSchedule(rules, values.startDate, sessionCount);
  } catch (error) {
    return fail(error instanceof Error ? error.message : 'These rules cannot produce a schedule.');
  }
  const [first] = dates;
  const last = dates.at(-1);
  if (first === undefined || last === undefined) return fail('These rules produce no sessions.');
  const breakAfterDays = wholeNumberIn(values.breakAfterDays, COURSE_LIMITS.breakAfterDays);
  return {
    ok: true,
    description,
    dates,
    first,
    last,
    breakAfterDays,
    nextCourseFrom: breakAfterDays === null ? null : nextCourseDueDate(last, breakAfterDays),
  };
}

/** The live preview beside the prescribe form: nothing here is saved. */
export function SchedulePreviewPanel({ preview, locale }: { preview: SchedulePreview; locale: string }) {
  return (
    <section aria-labelledby="schedule-preview-title" className="space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
      <div>
        <h2 id="schedule-preview-title" className="text-lg font-semibold text-slate-900">
          Schedule preview
        </h2>
        <p className="text-xs text-slate-500">Updates as you fill in the form; saved only when you prescribe.</p>
      </div>
      <div aria-live="polite" className="space-y-1">
        {preview.description ? <p className="font-medium text-slate-800">{preview.description}</p> : null}
        {preview.ok ? (
          <p className="text-sm text-slate-700">
            {preview.dates.length} sessions, {formatDate(preview.first, locale)} to {formatDate(preview.last, locale)}
          </p>
        ) : (
          <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {preview.problem}
          </p>
        )}
      </div>
      {preview.ok ? (
        <>
          <ol aria-label="Planned sessions" className="grid gap-1 text-sm sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
            {preview.dates.map((date, index) => (
              <li key={date} className="flex gap-2 rounded bg-slate-50 px-2 py-1">
                <span className="w-6 shrink-0 text-right tabular-nums text-slate-500">{index + 1}.</span>
                <time dateTime={date}>{formatSessionDate(date, locale)}</time>
              </li>
            ))}
          </ol>
          <p className="text-sm text-slate-700">
            {preview.nextCourseFrom && preview.breakAfterDays !== null ? (
              <>
                Next course from <strong>{formatDate(preview.nextCourseFrom, locale)}</strong>, {preview.breakAfterDays} days ({describeBreak(preview.breakAfterDays)})
                after the last session.
              </>
            ) : (
              'Enter the break before the next course to see when it is due.'
            )}
          </p>
        </>
      ) : null}
    </section>
  );
}
