import 'server-only';
import { isWeekday, type Weekday } from '@/lib/domain/calendar-date';
import type { ScheduleRules } from '@/lib/domain/schedule';
import type { Frequency } from '@/lib/generated/prisma/client';

type StoredRules = {
  frequency: Frequency;
  weekdays: number[];
  restAfterEvery: number | null;
  restDays: number;
  daysOff: number[];
};

const weekdaysOf = (days: number[]): Weekday[] => days.filter(isWeekday);

/** A stored course's schedule rules, as the scheduler takes them. */
export function scheduleRulesOf(course: StoredRules): ScheduleRules {
  return {
    frequency: course.frequency,
    weekdays: weekdaysOf(course.weekdays),
    restAfterEvery: course.restAfterEvery,
    restDays: course.restDays,
    daysOff: weekdaysOf(course.daysOff),
  };
}
