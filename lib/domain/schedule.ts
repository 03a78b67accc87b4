import {
  addDays,
  compareIsoDates,
  isoWeekday,
  isWeekday,
  parseIsoDate,
  WEEKDAYS,
  type IsoDate,
  type Weekday,
} from './calendar-date';
import { translatable } from '@/lib/i18n/translatable';
import { translatableList } from '@/lib/i18n/translatable-list';

/**
 * How often a course's sessions happen. Therapeutic courses run every other day where pain is
 * marked and daily where it is mild (001, 002); preventive home massage is daily (002, 003);
 * WEEKDAYS covers "custom days of the week" chosen by the doctor.
 */
export type Frequency = 'DAILY' | 'EVERY_OTHER_DAY' | 'WEEKDAYS';

export const FREQUENCIES = ['DAILY', 'EVERY_OTHER_DAY', 'WEEKDAYS'] as const satisfies readonly Frequency[];

export type ScheduleRules = {
  frequency: Frequency;
  /** The chosen days when frequency is WEEKDAYS; ignored otherwise. */
  weekdays: Weekday[];
  /** After every N sessions a rest break follows; null for no rest breaks. */
  restAfterEvery: number | null;
  /** Length of each rest break in calendar days; ignored when restAfterEvery is null. */
  restDays: number;
  /** Weekdays with no sessions at all (e.g. weekends off). */
  daysOff: Weekday[];
};

/**
 * 001: with hypertonia "breaks for rest up to 2 days". The scheduler itself accepts longer
 * breaks; forms should warn above this so a clinic can still choose otherwise.
 */
export const MAX_REST_DAYS_PER_SOURCE = 2;

/**
 * Why these rules can never produce a schedule, in words a doctor understands (a catalog
 * reference, lib/i18n/translatable.ts), or null when they are usable. Exported so form validation
 * can show the same message the scheduler throws.
 */
export function findScheduleRulesProblem(rules: ScheduleRules): string | null {
  if (!FREQUENCIES.includes(rules.frequency))
    return translatable('prescription.scheduleProblems.unknownFrequency', { frequency: String(rules.frequency) });
  if (!rules.daysOff.every(isWeekday)) return translatable('prescription.scheduleProblems.daysOffNotWeekdays');
  if (WEEKDAYS.every((weekday) => rules.daysOff.includes(weekday))) {
    return translatable('prescription.scheduleProblems.everyDayOff');
  }
  if (rules.frequency === 'WEEKDAYS') {
    if (!rules.weekdays.every(isWeekday)) return translatable('prescription.scheduleProblems.sessionDaysNotWeekdays');
    if (rules.weekdays.length === 0) return translatable('prescription.scheduleProblems.noSessionDays');
    if (rules.weekdays.every((weekday) => rules.daysOff.includes(weekday))) {
      return translatable('prescription.scheduleProblems.sessionDaysAllOff');
    }
  }
  if (rules.restAfterEvery !== null) {
    if (!Number.isInteger(rules.restAfterEvery) || rules.restAfterEvery < 1) {
      return translatable('prescription.scheduleProblems.restAfterEvery', { value: String(rules.restAfterEvery) });
    }
    if (!Number.isInteger(rules.restDays) || rules.restDays < 1) {
      return translatable('prescription.scheduleProblems.restDays', { value: String(rules.restDays) });
    }
  }
  return null;
}

function assertUsableRules(rules: ScheduleRules): void {
  const problem = findScheduleRulesProblem(rules);
  if (problem !== null) throw new Error(`Impossible schedule rules: ${problem}`);
}

function assertSessionCount(count: number, name: string): void {
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`${name} must be a whole number of sessions, 1 or more; got ${count}.`);
  }
}

function assertStrictlyAscending(dates: readonly IsoDate[], name: string): void {
  dates.forEach((date, index) => {
    parseIsoDate(date);
    const previous = dates[index - 1];
    if (previous !== undefined && compareIsoDates(previous, date) >= 0) {
      throw new Error(`${name} must be in date order with no repeats; ${date} follows ${previous}.`);
    }
  });
}

function isSessionDay(rules: ScheduleRules, date: IsoDate): boolean {
  const weekday = isoWeekday(date);
  if (rules.daysOff.includes(weekday)) return false;
  return rules.frequency !== 'WEEKDAYS' || rules.weekdays.includes(weekday);
}

function firstSessionDayOnOrAfter(rules: ScheduleRules, date: IsoDate): IsoDate {
  // Usable rules allow at least one weekday, so a week always contains a session day.
  let candidate = date;
  for (let step = 0; step < 7; step += 1) {
    if (isSessionDay(rules, candidate)) return candidate;
    candidate = addDays(candidate, 1);
  }
  throw new Error('No session day within a week: the rules were not validated.');
}

function daysToNextCandidate(frequency: Frequency): number {
  switch (frequency) {
    case 'DAILY':
      return 1;
    case 'EVERY_OTHER_DAY':
      return 2;
    case 'WEEKDAYS':
      // The next chosen weekday is found by skipping forward one day at a time.
      return 1;
    default: {
      const unknown: never = frequency;
      throw new Error(`Unknown frequency "${String(unknown)}".`);
    }
  }
}

function isRestBreakDueAfter(rules: ScheduleRules, sessionNumber: number): boolean {
  return rules.restAfterEvery !== null && sessionNumber % rules.restAfterEvery === 0;
}

/**
 * The session after `previous`, which was session number `previousSessionNumber` (1-based) of
 * the course. Counting from the actual previous date is what keeps an every-other-day course
 * every other day after a day off pushed a session later.
 */
function nextSessionDate(rules: ScheduleRules, previous: IsoDate, previousSessionNumber: number): IsoDate {
  const restDays = isRestBreakDueAfter(rules, previousSessionNumber) ? rules.restDays : 0;
  return firstSessionDayOnOrAfter(rules, addDays(previous, daysToNextCandidate(rules.frequency) + restDays));
}

function continueSchedule(
  rules: ScheduleRules,
  previous: IsoDate,
  previousSessionNumber: number,
  count: number,
): IsoDate[] {
  const dates: IsoDate[] = [];
  let last = previous;
  for (let offset = 0; offset < count; offset += 1) {
    last = nextSessionDate(rules, last, previousSessionNumber + offset);
    dates.push(last);
  }
  return dates;
}

function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return compareIsoDates(a, b) >= 0 ? a : b;
}

/** The dates of a course of `count` sessions, the first on the first session day on/after startDate. */
export function generateSchedule(rules: ScheduleRules, startDate: IsoDate, count: number): IsoDate[] {
  assertUsableRules(rules);
  assertSessionCount(count, 'count');
  const first = firstSessionDayOnOrAfter(rules, parseIsoDate(startDate));
  return [first, ...continueSchedule(rules, first, 1, count - 1)];
}

/**
 * The next `extra` dates after an existing schedule, exactly as if all had been generated
 * together: used to add a make-up session at the end of a course after a missed one, keeping
 * the frequency and the rest breaks. Returns only the new dates.
 */
export function extendSchedule(rules: ScheduleRules, existing: IsoDate[], extra: number): IsoDate[] {
  assertUsableRules(rules);
  assertSessionCount(extra, 'extra');
  assertStrictlyAscending(existing, 'The existing sessions');
  const last = existing.at(-1);
  if (last === undefined) throw new Error('Cannot extend an empty schedule; generate one instead.');
  return continueSchedule(rules, last, existing.length, extra);
}

/**
 * The remaining `count` sessions when a course is postponed: session number kept.length + 1
 * onwards, the first on the first session day on/after newStart, the rest-break counter
 * continuing from the kept sessions.
 *
 * The first new session is also never earlier than the rules allow after the last kept one
 * (its frequency gap and any rest break due), so an early newStart cannot break the rhythm.
 */
export function rescheduleFrom(rules: ScheduleRules, kept: IsoDate[], newStart: IsoDate, count: number): IsoDate[] {
  assertUsableRules(rules);
  assertSessionCount(count, 'count');
  assertStrictlyAscending(kept, 'The kept sessions');
  parseIsoDate(newStart);
  const lastKept = kept.at(-1);
  const earliest = lastKept === undefined ? newStart : laterOf(newStart, nextSessionDate(rules, lastKept, kept.length));
  const first = firstSessionDayOnOrAfter(rules, earliest);
  return [first, ...continueSchedule(rules, first, kept.length + 1, count - 1)];
}

/** The first day the next course may start: `breakDays` after the last session (default 60, per 001). */
export function nextCourseDueDate(lastSessionDate: IsoDate, breakDays: number): IsoDate {
  if (!Number.isInteger(breakDays) || breakDays < 1) {
    throw new Error(`The break between courses must be a whole number of days, 1 or more; got ${breakDays}.`);
  }
  return addDays(parseIsoDate(lastSessionDate), breakDays);
}

function listWeekdays(weekdays: readonly Weekday[]): string {
  return translatableList(
    // A half-filled form may hold a number that is no weekday; it is left out, not named.
    [...new Set(weekdays.filter(isWeekday))]
      .sort((a, b) => a - b)
      .map((weekday) => translatable(`prescription.weekdays.${weekday}`)),
    'and',
  );
}

function describeRhythm(rules: ScheduleRules): string {
  switch (rules.frequency) {
    case 'DAILY':
      return translatable('prescription.schedule.daily');
    case 'EVERY_OTHER_DAY':
      return translatable('prescription.schedule.everyOtherDay');
    case 'WEEKDAYS': {
      const sessionDays = rules.weekdays.filter((weekday) => !rules.daysOff.includes(weekday));
      return sessionDays.length === 0
        ? translatable('prescription.schedule.noSessionDays')
        : translatable('prescription.schedule.onDays', { days: listWeekdays(sessionDays) });
    }
    default: {
      const unknown: never = rules.frequency;
      return translatable('prescription.schedule.unknownFrequency', { frequency: String(unknown) });
    }
  }
}

/**
 * The rules in plain words for a form preview or the parent's view, e.g. "Every other day, rest
 * 1 day after every 5 sessions, no sessions on Sat and Sun", as a catalog reference translated where
 * it is shown. Never throws, so a form can preview half-filled rules; generateSchedule does the
 * validating.
 */
export function describeSchedule(rules: ScheduleRules): string {
  const phrases = [describeRhythm(rules)];
  if (rules.restAfterEvery !== null && rules.restDays > 0) {
    phrases.push(translatable('prescription.schedule.rest', { days: rules.restDays, sessions: rules.restAfterEvery }));
  }
  // With chosen weekdays the days off are already left out of "On …", so repeating them adds nothing.
  if (rules.frequency !== 'WEEKDAYS' && rules.daysOff.length > 0) {
    phrases.push(translatable('prescription.schedule.daysOff', { days: listWeekdays(rules.daysOff) }));
  }
  return translatableList(phrases, 'commas');
}
