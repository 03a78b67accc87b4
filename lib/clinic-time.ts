import { todayIn, type IsoDate } from '@/lib/domain/calendar-date';
import { env } from '@/lib/env';

/** The clinic's zone decides what "today" is for every schedule; set once per deployment (CLINIC_TIME_ZONE). */
export function clinicTimeZone(): string {
  return env.CLINIC_TIME_ZONE;
}

export function clinicToday(): IsoDate {
  return todayIn(clinicTimeZone());
}
