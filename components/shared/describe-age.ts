import { formatAgeOn } from '@/lib/domain/age';
import type { IsoDate } from '@/lib/domain/calendar-date';

/**
 * "10 weeks", or "9 months (corrected 7 months)" for a baby born before 37 weeks. A stored
 * record the age rules cannot read (a birth after `today`) shows a dash instead of breaking
 * the whole page.
 */
export function describeAge(dateOfBirth: IsoDate, today: IsoDate, gestationalAgeDays: number | null): string {
  return formatAgeOn(dateOfBirth, today, gestationalAgeDays) ?? '—';
}
