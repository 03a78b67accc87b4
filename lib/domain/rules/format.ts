import { translatable } from '@/lib/i18n/translatable';
import { RULE_MONTH_DAYS as DAYS_PER_MONTH } from '../age';

/**
 * Wording of ages and times in messages. Clinicians think in weeks for the first two months and in
 * months after, so messages show the exact day count plus the familiar unit, counted as the
 * pages count ages (lib/domain/age.ts formatAge): whole weeks, never rounded up. Times read as
 * minutes and seconds ("1 min 30 s"), never as decimal minutes.
 */
const SECONDS_PER_MINUTE = 60;

/**
 * Whole months as the rule book's day thresholds count them (2 months = 61 days, 6 months = 183,
 * 12 months = 365): the most months whose threshold the age has reached.
 */
function wholeRuleMonths(days: number): number {
  let months = Math.floor(days / DAYS_PER_MONTH);
  while (Math.round((months + 1) * DAYS_PER_MONTH) <= days) months += 1;
  while (months > 0 && Math.round(months * DAYS_PER_MONTH) > days) months -= 1;
  return months;
}

/** An age in a message, as a catalog reference: "20 days (2 weeks)", "70 days (about 2 months)". */
export function describeAgeDays(days: number): string {
  const whole = Math.floor(days);
  // A premature baby before the due date has a negative corrected age.
  if (whole < 0) return translatable('prescription.age.beforeTerm', { days: -whole });
  if (whole < 14) return translatable('prescription.age.days', { days: whole });
  if (whole < 61) return translatable('prescription.age.daysWeeks', { days: whole, weeks: Math.floor(whole / 7) });
  return translatable('prescription.age.daysMonths', { days: whole, months: wholeRuleMonths(whole) });
}

/** A time in minutes as whole minutes and seconds, to the nearest second: 1.5 → 1 min 30 s. */
export function splitMinutes(minutes: number): { minutes: number; seconds: number } {
  const totalSeconds = Math.round(minutes * SECONDS_PER_MINUTE);
  return { minutes: Math.floor(totalSeconds / SECONDS_PER_MINUTE), seconds: totalSeconds % SECONDS_PER_MINUTE };
}

/** The time in minutes that whole minutes and seconds make: (1, 30) → 1.5. */
export function joinMinutes(minutes: number, seconds: number): number {
  return minutes + seconds / SECONDS_PER_MINUTE;
}

/** Whether a time in minutes is a whole number of seconds (a hand-typed 1.1 minutes is not). */
export function isWholeSeconds(minutes: number): boolean {
  const seconds = minutes * SECONDS_PER_MINUTE;
  return Math.abs(seconds - Math.round(seconds)) < 1e-6;
}

/** "15 s", "1 min", "1 min 30 s": every step, session and limit is shown this way. */
export function formatMinutes(minutes: number): string {
  const split = splitMinutes(minutes);
  if (split.minutes === 0) return `${split.seconds} s`;
  return split.seconds === 0 ? `${split.minutes} min` : `${split.minutes} min ${split.seconds} s`;
}

/** The same time as a catalog reference, in the reader's units (messages/<locale>/format.json). */
export function describeMinutes(minutes: number): string {
  const split = splitMinutes(minutes);
  if (split.minutes === 0) return translatable('format.seconds', { count: split.seconds });
  return split.seconds === 0
    ? translatable('format.minutes', { count: split.minutes })
    : translatable('format.minutesSeconds', split);
}

/** "5–10 min", "30 s–1 min", "5 min": a range says its unit once when both ends are whole minutes. */
export function formatMinutesRange(min: number, max: number): string {
  if (formatMinutes(min) === formatMinutes(max)) return formatMinutes(max);
  const from = Number.isInteger(min) && Number.isInteger(max) ? String(min) : formatMinutes(min);
  return `${from}–${formatMinutes(max)}`;
}
