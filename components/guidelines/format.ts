const DAYS_PER_MONTH = 365.25 / 12;

function half(value: number): string {
  const rounded = Math.round(value * 2) / 2;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** "birth", "6.5 weeks", "2 months": the unit a clinician uses at that age (weeks until 2 months). */
export function ageFromDays(days: number): string {
  if (days <= 0) return 'birth';
  if (days < 61) return `${half(days / 7)} weeks`;
  const months = half(days / DAYS_PER_MONTH);
  return `${months} ${months === '1' ? 'month' : 'months'}`;
}

/** "2–4 months", "birth", "6.5 weeks–2 months". */
export function ageRangeFromDays(min: number, max: number): string {
  if (min === max) return ageFromDays(min);
  const from = ageFromDays(min);
  const to = ageFromDays(max);
  if (from.endsWith(' months') && to.endsWith(' months')) return `${from.replace(' months', '')}–${to}`;
  return `${from}–${to}`;
}

/** An age band with an open end: "birth to 2 months", "from 8 months". */
export function ageBand(fromDays: number, toDays: number | null): string {
  if (toDays === null) return `from ${ageFromDays(fromDays)}`;
  return `${ageFromDays(fromDays)} to ${ageFromDays(toDays)}`;
}
