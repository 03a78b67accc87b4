import { describe, expect, it } from 'vitest';
import { DEFAULT_CLINIC_DEFAULTS } from './clinic-defaults';
import {
  COURSE_GUIDANCE,
  FIRST_SESSIONS_LIMIT,
  GYMNASTICS_SESSION_LIMIT,
  SESSION_BANDS,
  footMassageMinutes,
  frequencyGuidance,
  sessionBandFor,
  sessionMinutesRange,
} from './durations';

describe('session length by age', () => {
  it('puts days 0–60, 61–182 and 183+ in the three bands', () => {
    expect(sessionBandFor(21)).toBe('UNDER_2_MONTHS');
    expect(sessionBandFor(60)).toBe('UNDER_2_MONTHS');
    expect(sessionBandFor(61)).toBe('FROM_2_TO_6_MONTHS');
    expect(sessionBandFor(182)).toBe('FROM_2_TO_6_MONTHS');
    expect(sessionBandFor(183)).toBe('FROM_6_MONTHS');
    expect(sessionBandFor(730)).toBe('FROM_6_MONTHS');
  });

  it('gives up to 5, 15 and 25 minutes with the default settings', () => {
    expect(sessionMinutesRange(60, DEFAULT_CLINIC_DEFAULTS)).toMatchObject({ min: 1, max: 5, band: 'UNDER_2_MONTHS' });
    expect(sessionMinutesRange(61, DEFAULT_CLINIC_DEFAULTS)).toMatchObject({ min: 1, max: 15 });
    expect(sessionMinutesRange(182, DEFAULT_CLINIC_DEFAULTS)).toMatchObject({ max: 15 });
    expect(sessionMinutesRange(183, DEFAULT_CLINIC_DEFAULTS)).toMatchObject({ max: 25 });
  });

  it('exposes the range of the longest session the sources give', () => {
    expect(SESSION_BANDS.UNDER_2_MONTHS.sourceMaxMinutes).toEqual({ min: 5, max: 10 });
    expect(SESSION_BANDS.FROM_2_TO_6_MONTHS.sourceMaxMinutes).toEqual({ min: 15, max: 30 });
    expect(SESSION_BANDS.FROM_6_MONTHS.sourceMaxMinutes).toEqual({ min: 25, max: 45 });
    expect(sessionMinutesRange(200, DEFAULT_CLINIC_DEFAULTS).sourceMaxMinutes).toEqual({ min: 25, max: 45 });
    expect(FIRST_SESSIONS_LIMIT).toEqual({ maxMinutes: 5, source: ['000', '002'] });
    expect(GYMNASTICS_SESSION_LIMIT).toEqual({ maxMinutes: 45, source: ['002'] });
  });

  it("follows the clinic's settings", () => {
    const clinic = { ...DEFAULT_CLINIC_DEFAULTS, sessionMaxMinutesUnder2Months: 10, sessionMaxMinutesFrom6Months: 30 };
    expect(sessionMinutesRange(30, clinic).max).toBe(10);
    expect(sessionMinutesRange(300, clinic).max).toBe(30);
  });

  it('never lets a session exceed 45 minutes, even with a bad stored setting', () => {
    const broken = { ...DEFAULT_CLINIC_DEFAULTS, sessionMaxMinutesFrom6Months: 60 };
    expect(sessionMinutesRange(300, broken).max).toBe(45);
  });
});

describe('foot massage minutes (003)', () => {
  it('is about a minute at 2 months and 5–7 minutes at 12 months', () => {
    expect(footMassageMinutes(45)).toMatchObject({ min: 0.5, max: 1 });
    expect(footMassageMinutes(60)).toMatchObject({ max: 1 });
    expect(footMassageMinutes(61)).toMatchObject({ min: 1, max: 2 });
    expect(footMassageMinutes(151)).toMatchObject({ min: 1, max: 2 });
    expect(footMassageMinutes(152)).toMatchObject({ min: 2, max: 5 });
    expect(footMassageMinutes(243)).toMatchObject({ min: 2, max: 5 });
    expect(footMassageMinutes(244)).toMatchObject({ min: 5, max: 7 });
    expect(footMassageMinutes(365)).toMatchObject({ min: 5, max: 7, source: ['003'] });
  });

  it('carries the goals by age', () => {
    expect(footMassageMinutes(30).goals).toEqual(['Lower the high tone of the flexor muscles.']);
    expect(footMassageMinutes(300).goals).toEqual(['Help motor coordination and prepare for walking (6–12 months).']);
  });
});

describe('frequency by indication', () => {
  it('is daily, once or twice a day, for preventive massage', () => {
    expect(frequencyGuidance('PREVENTIVE')).toEqual({
      pattern: 'DAILY',
      timesPerDay: { min: 1, max: 2 },
      maxRestDaysInRow: null,
      text: 'Daily, once or twice a day, at home.',
      source: ['002', '003'],
    });
  });

  it('is every other day for therapeutic massage when pain is marked, daily when mild', () => {
    expect(frequencyGuidance('THERAPEUTIC', { painMarked: true })).toMatchObject({
      pattern: 'EVERY_OTHER_DAY',
      timesPerDay: { min: 1, max: 1 },
    });
    expect(frequencyGuidance('THERAPEUTIC')).toMatchObject({ pattern: 'DAILY', timesPerDay: { min: 1, max: 2 } });
  });

  it('allows rest breaks of up to 2 days with hypertonia', () => {
    const guidance = frequencyGuidance('THERAPEUTIC', { hypertonia: true });
    expect(guidance.maxRestDaysInRow).toBe(2);
    expect(guidance.text).toBe(
      'Daily, or twice a day, when the pain is mild. With hypertonia: more intensive sessions with rest breaks of up to 2 days.',
    );
    expect(guidance.source).toEqual(['001', '002']);
  });

  it('leaves corrective frequency to the physician', () => {
    expect(frequencyGuidance('CORRECTIVE').pattern).toBe('AS_PRESCRIBED');
  });
});

describe('courses', () => {
  it('records the course figures of the texts', () => {
    expect(COURSE_GUIDANCE.sessions).toMatchObject({ min: 10, max: 25 });
    expect(COURSE_GUIDANCE.intensiveTherapeuticSessions).toMatchObject({ min: 15, max: 20 });
    expect(COURSE_GUIDANCE.firstYearCourses.count).toBe(4);
    expect(COURSE_GUIDANCE.chronicCoursesPerYear.count).toBe(2);
  });
});
