/**
 * Wording of ages in messages. Clinicians think in weeks for the first two months and in
 * months after, so messages show the exact day count plus the familiar unit.
 */
const DAYS_PER_MONTH = 365.25 / 12;

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

export function formatMinutes(minutes: number): string {
  return `${formatNumber(minutes)} min`;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}
