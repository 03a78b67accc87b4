import { bench, describe } from 'vitest';
import { parseIsoDate as iso } from './calendar-date';
import { extendSchedule, generateSchedule, rescheduleFrom, type ScheduleRules } from './schedule';

// The busiest realistic rules: every candidate date may be pushed by days off and rest breaks.
const THERAPEUTIC: ScheduleRules = {
  frequency: 'EVERY_OTHER_DAY',
  weekdays: [],
  restAfterEvery: 5,
  restDays: 2,
  daysOff: [6, 7],
};
const MON_WED_FRI: ScheduleRules = {
  frequency: 'WEEKDAYS',
  weekdays: [1, 3, 5],
  restAfterEvery: null,
  restDays: 0,
  daysOff: [],
};

describe('generateSchedule', () => {
  bench('10 sessions (a standard course, 001)', () => {
    generateSchedule(THERAPEUTIC, iso('2026-03-02'), 10);
  });

  bench('25 sessions (the longest course in 002)', () => {
    generateSchedule(THERAPEUTIC, iso('2026-03-02'), 25);
  });

  bench('1000 sessions (stress)', () => {
    generateSchedule(THERAPEUTIC, iso('2026-03-02'), 1000);
  });

  bench('1000 sessions on Mon/Wed/Fri', () => {
    generateSchedule(MON_WED_FRI, iso('2026-03-02'), 1000);
  });
});

describe('changing a course', () => {
  const course = generateSchedule(THERAPEUTIC, iso('2026-03-02'), 25);

  bench('extendSchedule: one make-up session after 25', () => {
    extendSchedule(THERAPEUTIC, course, 1);
  });

  bench('rescheduleFrom: last 15 of 25 after a postponement', () => {
    rescheduleFrom(THERAPEUTIC, course.slice(0, 10), iso('2026-04-06'), 15);
  });
});
