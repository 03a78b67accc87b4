import { RULE_MONTH_DAYS as DAYS_PER_MONTH } from '../age';

/**
 * Wording of ages in messages. Clinicians think in weeks for the first two months and in
 * months after, so messages show the exact day count plus the familiar unit, counted as the
 * pages count ages (lib/domain/age.ts formatAge): whole weeks, never rounded up.
 */

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

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

export function describeAgeDays(days: number): string {
  const whole = Math.floor(days);
  // A premature baby before the due date has a negative corrected age.
  if (whole < 0) return `not yet at term, ${plural(-whole, 'day')} before the due date`;
  if (whole < 14) return plural(whole, 'day');
  if (whole < 61) return `${plural(whole, 'day')} (${plural(Math.floor(whole / 7), 'week')})`;
  return `${plural(whole, 'day')} (about ${plural(wholeRuleMonths(whole), 'month')})`;
}

export function formatMinutes(minutes: number): string {
  return `${formatNumber(minutes)} min`;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}
