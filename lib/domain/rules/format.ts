/**
 * Wording of ages and times in messages. Clinicians think in weeks for the first two months and
 * in months after, so messages show the exact day count plus the familiar unit; times read as
 * minutes and seconds ("1 min 30 s"), never as decimal minutes.
 */
const DAYS_PER_MONTH = 365.25 / 12;
const SECONDS_PER_MINUTE = 60;

export function describeAgeDays(days: number): string {
  const whole = Math.floor(days);
  const unit = whole === 1 ? 'day' : 'days';
  if (whole < 61) {
    const weeks = Math.round((whole / 7) * 2) / 2;
    return `${whole} ${unit} (about ${formatNumber(weeks)} weeks)`;
  }
  const months = Math.round((whole / DAYS_PER_MONTH) * 2) / 2;
  return `${whole} ${unit} (about ${formatNumber(months)} months)`;
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

/** "5–10 min", "30 s–1 min", "5 min": a range says its unit once when both ends are whole minutes. */
export function formatMinutesRange(min: number, max: number): string {
  if (formatMinutes(min) === formatMinutes(max)) return formatMinutes(max);
  const from = Number.isInteger(min) && Number.isInteger(max) ? String(min) : formatMinutes(min);
  return `${from}–${formatMinutes(max)}`;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}
