import { ageOn, formatAge } from '@/lib/domain/age';
import type { IsoDate } from '@/lib/domain/calendar-date';

/** "3 months 2 weeks", or a dash when the record cannot give an age (a data-entry error), rather than failing the page. */
export function describeAge(dateOfBirth: IsoDate, on: IsoDate, gestationalAgeWeeks: number | null): string {
  try {
    return formatAge(ageOn(dateOfBirth, on, gestationalAgeWeeks));
  } catch {
    return '—';
  }
}
