import { afterEach, describe, expect, it } from 'vitest';
import { translatorFor } from '@/lib/i18n/translator';
import { parseIsoDate as iso } from './calendar-date';
import {
  describeSchedule,
  extendSchedule,
  findScheduleRulesProblem,
  generateSchedule,
  nextCourseDueDate,
  rescheduleFrom,
  type ScheduleRules,
} from './schedule';

// Expected dates below are written out by hand from a calendar (March 2026 starts on a Sunday;
// 2026-03-02 is a Monday), never recomputed with the code under test.

const DAILY: ScheduleRules = { frequency: 'DAILY', weekdays: [], restAfterEvery: null, restDays: 0, daysOff: [] };
const EVERY_OTHER_DAY: ScheduleRules = { ...DAILY, frequency: 'EVERY_OTHER_DAY' };
const MON_WED_FRI: ScheduleRules = { ...DAILY, frequency: 'WEEKDAYS', weekdays: [1, 3, 5] };
const WEEKENDS_OFF = [6, 7] as const satisfies ScheduleRules['daysOff'];

describe('generateSchedule', () => {
  it('daily: consecutive days from the start date', () => {
    expect(generateSchedule(DAILY, iso('2026-03-02'), 5)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
    ]);
  });

  it('a single session is just the first session day', () => {
    expect(generateSchedule(DAILY, iso('2026-03-02'), 1)).toEqual(['2026-03-02']);
  });

  it('every other day', () => {
    expect(generateSchedule(EVERY_OTHER_DAY, iso('2026-03-02'), 5)).toEqual([
      '2026-03-02',
      '2026-03-04',
      '2026-03-06',
      '2026-03-08',
      '2026-03-10',
    ]);
  });

  it('chosen weekdays (Mon/Wed/Fri), starting on a Tuesday', () => {
    expect(generateSchedule(MON_WED_FRI, iso('2026-03-03'), 5)).toEqual([
      '2026-03-04',
      '2026-03-06',
      '2026-03-09',
      '2026-03-11',
      '2026-03-13',
    ]);
  });

  it('daily with a rest day after every 3 sessions, and none after the last', () => {
    const rules: ScheduleRules = { ...DAILY, restAfterEvery: 3, restDays: 1 };
    expect(generateSchedule(rules, iso('2026-03-02'), 6)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      // 03-05 rest
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
  });

  it('daily with 2 rest days after every 5 sessions (001: breaks up to 2 days)', () => {
    const rules: ScheduleRules = { ...DAILY, restAfterEvery: 5, restDays: 2 };
    expect(generateSchedule(rules, iso('2026-03-02'), 10)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      // 03-07, 03-08 rest
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
    ]);
  });

  it('daily with weekends off, starting on a Saturday', () => {
    const rules: ScheduleRules = { ...DAILY, daysOff: [...WEEKENDS_OFF] };
    expect(generateSchedule(rules, iso('2026-03-07'), 7)).toEqual([
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-16',
      '2026-03-17',
    ]);
  });

  it('every other day with weekends off counts the next gap from the actual (moved) date', () => {
    const rules: ScheduleRules = { ...EVERY_OTHER_DAY, daysOff: [...WEEKENDS_OFF] };
    expect(generateSchedule(rules, iso('2026-03-04'), 5)).toEqual([
      '2026-03-04', // Wed
      '2026-03-06', // Fri
      '2026-03-09', // Sun is off: Mon
      '2026-03-11', // Wed, two days after Mon (not Tue, two days after Sun)
      '2026-03-13', // Fri
    ]);
  });

  it('rest days are calendar days and may fall on days off', () => {
    // Session 5 is a Friday: the rest day is the Saturday, which is off anyway.
    const rules: ScheduleRules = { ...DAILY, restAfterEvery: 5, restDays: 1, daysOff: [...WEEKENDS_OFF] };
    expect(generateSchedule(rules, iso('2026-03-02'), 6)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-09',
    ]);
  });

  it('every other day, rest 1 day after every 5 sessions, weekends off: a 10-session course', () => {
    const rules: ScheduleRules = { ...EVERY_OTHER_DAY, restAfterEvery: 5, restDays: 1, daysOff: [...WEEKENDS_OFF] };
    expect(generateSchedule(rules, iso('2026-03-02'), 10)).toEqual([
      '2026-03-02', // Mon
      '2026-03-04', // Wed
      '2026-03-06', // Fri
      '2026-03-09', // Sun off: Mon
      '2026-03-11', // Wed, session 5; rest 1 day: candidate Sat 14 is off
      '2026-03-16', // Mon
      '2026-03-18',
      '2026-03-20',
      '2026-03-23', // Sun off: Mon
      '2026-03-25',
    ]);
  });

  it('chosen weekdays with a rest break: the break skips the next chosen day', () => {
    const rules: ScheduleRules = { ...MON_WED_FRI, restAfterEvery: 3, restDays: 2 };
    expect(generateSchedule(rules, iso('2026-03-02'), 5)).toEqual([
      '2026-03-02', // Mon
      '2026-03-04', // Wed
      '2026-03-06', // Fri, session 3; rest Sat+Sun and next chosen day from Mon 03-09 on
      '2026-03-09',
      '2026-03-11',
    ]);
    const withLongerRest: ScheduleRules = { ...MON_WED_FRI, restAfterEvery: 2, restDays: 2 };
    expect(generateSchedule(withLongerRest, iso('2026-03-02'), 3)).toEqual([
      '2026-03-02', // Mon
      '2026-03-04', // Wed, session 2; rest Thu+Fri, so Fri 03-06 is skipped
      '2026-03-09', // Mon
    ]);
  });

  it('crosses month ends, a leap day and a year end', () => {
    expect(generateSchedule(DAILY, iso('2026-01-30'), 4)).toEqual([
      '2026-01-30',
      '2026-01-31',
      '2026-02-01',
      '2026-02-02',
    ]);
    expect(generateSchedule(DAILY, iso('2026-02-27'), 3)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
    expect(generateSchedule(DAILY, iso('2028-02-27'), 4)).toEqual([
      '2028-02-27',
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ]);
    expect(generateSchedule(EVERY_OTHER_DAY, iso('2028-02-28'), 3)).toEqual(['2028-02-28', '2028-03-01', '2028-03-03']);
    expect(generateSchedule(EVERY_OTHER_DAY, iso('2026-12-30'), 3)).toEqual(['2026-12-30', '2027-01-01', '2027-01-03']);
  });

  it('stays on consecutive dates across daylight-saving changes (Europe and USA, 2026)', () => {
    expect(generateSchedule(DAILY, iso('2026-03-27'), 5)).toEqual([
      '2026-03-27',
      '2026-03-28',
      '2026-03-29', // Europe: 23-hour day
      '2026-03-30',
      '2026-03-31',
    ]);
    expect(generateSchedule(DAILY, iso('2026-03-06'), 4)).toEqual([
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
    ]);
    expect(generateSchedule(DAILY, iso('2026-10-24'), 3)).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
    expect(generateSchedule(EVERY_OTHER_DAY, iso('2026-10-30'), 3)).toEqual(['2026-10-30', '2026-11-01', '2026-11-03']);
  });

  describe('whatever the process time zone', () => {
    // The scheduler never reads the local zone: dates are strings and arithmetic runs on UTC day
    // numbers, and UTC has no daylight saving. So TZ cannot matter by construction; this test
    // proves it by switching TZ (Node re-reads it on assignment) to zones on both sides of
    // Greenwich and the date line, including ones that change clocks inside the run.
    const originalTimeZone = process.env.TZ;
    afterEach(() => {
      if (originalTimeZone === undefined) delete process.env.TZ;
      else process.env.TZ = originalTimeZone;
    });

    // Each zone with its UTC offset at noon UTC on 2026-03-29 (getTimezoneOffset sign: minutes
    // to add to local time to reach UTC), to show the switch really took effect.
    it.each<[string, number]>([
      ['UTC', 0],
      ['Europe/Berlin', -120],
      ['America/New_York', 240],
      ['Pacific/Auckland', -780],
      ['Pacific/Kiritimati', -840],
      ['Asia/Kolkata', -330],
    ])('TZ=%s gives the same dates', (timeZone, offsetMinutes) => {
      process.env.TZ = timeZone;
      expect(new Date('2026-03-29T12:00:00Z').getTimezoneOffset()).toBe(offsetMinutes);
      expect(generateSchedule(EVERY_OTHER_DAY, iso('2026-03-25'), 4)).toEqual([
        '2026-03-25',
        '2026-03-27',
        '2026-03-29',
        '2026-03-31',
      ]);
      expect(generateSchedule(DAILY, iso('2026-03-07'), 3)).toEqual(['2026-03-07', '2026-03-08', '2026-03-09']);
    });
  });
});

describe('extendSchedule (make-up session at the end of the course)', () => {
  it('continues every other day with weekends off and the rest-break rhythm', () => {
    const rules: ScheduleRules = { ...EVERY_OTHER_DAY, restAfterEvery: 5, restDays: 1, daysOff: [...WEEKENDS_OFF] };
    const course = [
      '2026-03-02',
      '2026-03-04',
      '2026-03-06',
      '2026-03-09',
      '2026-03-11',
      '2026-03-16',
      '2026-03-18',
      '2026-03-20',
      '2026-03-23',
      '2026-03-25',
    ].map(iso);
    // Session 10 is a multiple of 5, so the make-up session 11 gets the rest day first:
    // Wed 25 + 2 + 1 rest = Sat 28, off, so Mon 30.
    expect(extendSchedule(rules, course, 1)).toEqual(['2026-03-30']);
    expect(extendSchedule(rules, course, 2)).toEqual(['2026-03-30', '2026-04-01']);
  });

  it('matches what generating the longer course at once would give', () => {
    const rules: ScheduleRules = { ...DAILY, restAfterEvery: 5, restDays: 2 };
    const course = [
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
    ].map(iso);
    expect(extendSchedule(rules, course, 1)).toEqual(['2026-03-16']); // rest 14th, 15th
    expect(generateSchedule(rules, iso('2026-03-02'), 11).at(-1)).toBe('2026-03-16');
  });

  it('continues chosen weekdays', () => {
    expect(extendSchedule(MON_WED_FRI, [iso('2026-03-04'), iso('2026-03-06'), iso('2026-03-09')], 2)).toEqual([
      '2026-03-11',
      '2026-03-13',
    ]);
  });

  it('refuses an empty or unordered existing schedule', () => {
    expect(() => extendSchedule(DAILY, [], 1)).toThrow(/empty schedule/);
    expect(() => extendSchedule(DAILY, [iso('2026-03-03'), iso('2026-03-02')], 1)).toThrow(/date order/);
    expect(() => extendSchedule(DAILY, [iso('2026-03-02'), iso('2026-03-02')], 1)).toThrow(/date order/);
    expect(() => extendSchedule(DAILY, [iso('2026-03-02')], 0)).toThrow(/extra must be/);
  });
});

describe('rescheduleFrom (a session postponed, the rest of the course shifts)', () => {
  const restAfterThree: ScheduleRules = { ...DAILY, restAfterEvery: 3, restDays: 1 };
  const kept = ['2026-03-02', '2026-03-03', '2026-03-04'].map(iso);

  it('starts on newStart and keeps counting rest breaks from the kept sessions', () => {
    expect(rescheduleFrom(restAfterThree, kept, iso('2026-03-09'), 7)).toEqual([
      '2026-03-09', // session 4
      '2026-03-10',
      '2026-03-11', // session 6; rest 03-12
      '2026-03-13',
      '2026-03-14',
      '2026-03-15', // session 9; rest 03-16
      '2026-03-17',
    ]);
  });

  it('never starts earlier than the rest break due after the last kept session', () => {
    // Session 3 on 03-04 is followed by a rest day on 03-05, so 03-05 cannot be a session.
    expect(rescheduleFrom(restAfterThree, kept, iso('2026-03-05'), 3)).toEqual([
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
  });

  it('never starts earlier than the frequency allows after the last kept session', () => {
    expect(rescheduleFrom(EVERY_OTHER_DAY, [iso('2026-03-02'), iso('2026-03-04')], iso('2026-03-05'), 2)).toEqual([
      '2026-03-06',
      '2026-03-08',
    ]);
  });

  it('moves newStart onto a session day', () => {
    const rules: ScheduleRules = { ...EVERY_OTHER_DAY, daysOff: [...WEEKENDS_OFF] };
    expect(rescheduleFrom(rules, [iso('2026-03-02'), iso('2026-03-04')], iso('2026-03-14'), 3)).toEqual([
      '2026-03-16',
      '2026-03-18',
      '2026-03-20',
    ]);
  });

  it('with nothing kept, is the same as generating from newStart', () => {
    expect(rescheduleFrom(MON_WED_FRI, [], iso('2026-03-03'), 3)).toEqual(['2026-03-04', '2026-03-06', '2026-03-09']);
  });
});

describe('nextCourseDueDate', () => {
  it('is the break length after the last session (001: about two months, 60 days)', () => {
    expect(nextCourseDueDate(iso('2026-03-13'), 60)).toBe('2026-05-12');
    expect(nextCourseDueDate(iso('2026-11-15'), 60)).toBe('2027-01-14');
    expect(nextCourseDueDate(iso('2027-12-31'), 60)).toBe('2028-02-29');
  });

  it('refuses a break that is not a positive whole number of days', () => {
    expect(() => nextCourseDueDate(iso('2026-03-13'), 0)).toThrow(/break between courses/);
    expect(() => nextCourseDueDate(iso('2026-03-13'), 1.5)).toThrow(/break between courses/);
    expect(() => nextCourseDueDate(iso('2026-02-30'), 60)).toThrow(/Not a valid calendar date/);
  });
});

const inEnglish = translatorFor('en');

describe('impossible rules', () => {
  const noWeekdays: ScheduleRules = { ...DAILY, frequency: 'WEEKDAYS', weekdays: [] };
  const allDaysOff: ScheduleRules = { ...DAILY, daysOff: [1, 2, 3, 4, 5, 6, 7] };
  const chosenDaysAllOff: ScheduleRules = { ...DAILY, frequency: 'WEEKDAYS', weekdays: [6, 7], daysOff: [6, 7] };
  // Weekday 8 can only arrive from outside the type system (a form, the database).
  const weekdayEight: ScheduleRules = { ...DAILY, frequency: 'WEEKDAYS', weekdays: [8 as 1] };

  it.each<[string, ScheduleRules, RegExp]>([
    ['weekly schedule with no weekdays', noWeekdays, /at least one day of the week/],
    ['every weekday a day off', allDaysOff, /Every day of the week is a day off/],
    ['chosen weekdays all days off', chosenDaysAllOff, /chosen session days are also days off/],
    ['rest after 0 sessions', { ...DAILY, restAfterEvery: 0, restDays: 1 }, /after a whole number of sessions/],
    ['rest after 2.5 sessions', { ...DAILY, restAfterEvery: 2.5, restDays: 1 }, /after a whole number of sessions/],
    ['rest break of 0 days', { ...DAILY, restAfterEvery: 5, restDays: 0 }, /last a whole number of days/],
    ['weekday 8', weekdayEight, /numbered 1 \(Mon\) to 7 \(Sun\)/],
  ])('%s', (_label, rules, message) => {
    const problem = findScheduleRulesProblem(rules) ?? 'no problem';
    expect(inEnglish(problem)).toMatch(message);
    expect(() => generateSchedule(rules, iso('2026-03-02'), 10)).toThrow(problem);
    expect(() => extendSchedule(rules, [iso('2026-03-02')], 1)).toThrow(problem);
    expect(() => rescheduleFrom(rules, [], iso('2026-03-02'), 1)).toThrow(problem);
  });

  it('refuses a session count below 1 or fractional, and an invalid start date', () => {
    expect(() => generateSchedule(DAILY, iso('2026-03-02'), 0)).toThrow(/count must be/);
    expect(() => generateSchedule(DAILY, iso('2026-03-02'), 2.5)).toThrow(/count must be/);
    expect(() => generateSchedule(DAILY, iso('2026-02-30'), 10)).toThrow(/Not a valid calendar date/);
  });

  it('accepts usable rules, ignoring rest days when there are no rest breaks', () => {
    expect(findScheduleRulesProblem({ ...DAILY, restAfterEvery: null, restDays: 0 })).toBeNull();
    expect(findScheduleRulesProblem({ ...MON_WED_FRI, daysOff: [...WEEKENDS_OFF] })).toBeNull();
  });
});

describe('describeSchedule', () => {
  const inRussian = translatorFor('ru');
  const describe_ = (rules: ScheduleRules) => inEnglish(describeSchedule(rules));

  it('says the rules in plain English', () => {
    expect(describe_({ ...EVERY_OTHER_DAY, restAfterEvery: 5, restDays: 1, daysOff: [7, 6] })).toBe(
      'Every other day, rest 1 day after every 5 sessions, no sessions on Sat and Sun',
    );
    expect(describe_(DAILY)).toBe('Daily');
    expect(describe_({ ...DAILY, restAfterEvery: 1, restDays: 2 })).toBe('Daily, rest 2 days after every session');
    expect(describe_({ ...MON_WED_FRI, weekdays: [5, 1, 3] })).toBe('On Mon, Wed, and Fri');
    // Days off among the chosen days are left out rather than listed twice.
    expect(describe_({ ...MON_WED_FRI, daysOff: [5, 6, 7] })).toBe('On Mon and Wed');
    expect(describe_({ ...MON_WED_FRI, weekdays: [] })).toBe('No session days chosen');
  });

  it('says them as a Russian-speaking doctor would', () => {
    expect(inRussian(describeSchedule({ ...DAILY, daysOff: [6, 7] }))).toBe('Ежедневно, кроме сб и вс');
    expect(inRussian(describeSchedule({ ...EVERY_OTHER_DAY, restAfterEvery: 5, restDays: 2 }))).toBe(
      'Через день, перерыв 2 дня после каждых 5 занятий',
    );
  });
});
