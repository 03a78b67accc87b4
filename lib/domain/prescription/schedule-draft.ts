import { compareIsoDates, isIsoDate, isWeekday, type IsoDate, type Weekday } from '@/lib/domain/calendar-date';
import {
  describeSchedule,
  findScheduleRulesProblem,
  FREQUENCIES,
  generateSchedule,
  nextCourseDueDate,
  type Frequency,
  type ScheduleRules,
} from '@/lib/domain/schedule';
import { translatable } from '@/lib/i18n/translatable';
import { COURSE_LIMITS } from './course-limits';

/**
 * The schedule of a prescription as far as its fields can be read: the dated sessions, or the
 * first reason there are none (descriptions and problems are catalog references,
 * lib/i18n/translatable.ts, translated where shown). The form holds strings (possibly half typed), the server parsed
 * numbers; both read them here.
 */

/** A number field as the form holds it (text) or as the server parsed it; empty or absent is "not given". */
export type NumberField = string | number | null | undefined;

export type ScheduleFields = {
  sessionCount: NumberField;
  frequency: string;
  weekdays: readonly (string | number)[];
  restAfterEvery?: NumberField;
  restDays?: NumberField;
  daysOff: readonly (string | number)[];
  startDate: string;
};

export type ScheduleDraft =
  | { ok: true; rules: ScheduleRules; description: string; dates: IsoDate[]; first: IsoDate; last: IsoDate }
  | { ok: false; description: string | null; problem: string };

export const BEFORE_BIRTH_MESSAGE = translatable('prescription.draft.beforeBirth');

export function isBeforeBirth(startDate: string, child: { dateOfBirth: IsoDate }): boolean {
  return isIsoDate(startDate) && compareIsoDates(startDate, child.dateOfBirth) < 0;
}

type Limits = { readonly min: number; readonly max: number };

export function isBlank(value: NumberField): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A whole number within the limits, or null when the field is empty or cannot be read. */
export function wholeNumberIn(value: NumberField, { min, max }: Limits): number | null {
  if (isBlank(value)) return null;
  if (typeof value === 'string' && !/^\s*\d+\s*$/.test(value)) return null;
  const number = Number(value);
  return Number.isInteger(number) && number >= min && number <= max ? number : null;
}

function weekdaysOf(values: readonly (string | number)[]): Weekday[] {
  return values.map(Number).filter(isWeekday);
}

function isFrequency(value: string): value is Frequency {
  return (FREQUENCIES as readonly string[]).includes(value);
}

export function draftSchedule(fields: ScheduleFields, dateOfBirth: IsoDate): ScheduleDraft {
  if (!isFrequency(fields.frequency))
    return { ok: false, description: null, problem: translatable('prescription.draft.chooseFrequency') };
  const restAfterEvery = wholeNumberIn(fields.restAfterEvery, COURSE_LIMITS.restAfterEvery);
  const restDays = restAfterEvery === null ? 1 : wholeNumberIn(fields.restDays, COURSE_LIMITS.restDays);
  const rules: ScheduleRules = {
    frequency: fields.frequency,
    weekdays: weekdaysOf(fields.weekdays),
    restAfterEvery,
    restDays: restDays ?? 1,
    daysOff: weekdaysOf(fields.daysOff),
  };
  const description = describeSchedule(rules);
  const fail = (problem: string): ScheduleDraft => ({ ok: false, description, problem });

  const { sessionCount: countLimits, restAfterEvery: restLimits, restDays: restDayLimits } = COURSE_LIMITS;
  const sessionCount = wholeNumberIn(fields.sessionCount, countLimits);
  if (sessionCount === null) return fail(translatable('prescription.draft.sessionCount', { ...countLimits }));
  if (!isBlank(fields.restAfterEvery) && restAfterEvery === null) {
    return fail(translatable('prescription.draft.restAfterEvery', { ...restLimits }));
  }
  if (restDays === null) return fail(translatable('prescription.draft.restDays', { ...restDayLimits }));
  if (!isIsoDate(fields.startDate)) return fail(translatable('prescription.draft.chooseStartDate'));
  if (isBeforeBirth(fields.startDate, { dateOfBirth })) return fail(BEFORE_BIRTH_MESSAGE);
  const problem = findScheduleRulesProblem(rules);
  if (problem) return fail(problem);

  let dates: IsoDate[];
  try {
    dates = generateSchedule(rules, fields.startDate, sessionCount);
  } catch {
    // Unreachable once the rules and fields above are checked; the doctor is told in plain words regardless.
    return fail(translatable('prescription.draft.cannotSchedule'));
  }
  const [first] = dates;
  const last = dates.at(-1);
  if (first === undefined || last === undefined) return fail(translatable('prescription.draft.noSessions'));
  return { ok: true, rules, description, dates, first, last };
}

/** When the next course is due, once the break can be read. */
export function nextCourseFrom(last: IsoDate, breakAfterDays: number | null): IsoDate | null {
  return breakAfterDays === null ? null : nextCourseDueDate(last, breakAfterDays);
}
