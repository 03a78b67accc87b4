import { todayIn, type IsoDate } from '@/lib/domain/calendar-date';

/** The clinic's zone decides what "today" is for every schedule; set once per deployment. */
export function clinicTimeZone(): string {
  return process.env.CLINIC_TIME_ZONE || Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function clinicToday(): IsoDate {
  return todayIn(clinicTimeZone());
}
