import { describe, expect, it } from 'vitest';
import { alertsForCourseStatusChange, alertsForRecordedSession } from './alerts';

describe('alertsForRecordedSession', () => {
  it('raises the family’s report for a home session recorded as not well today', () => {
    expect(alertsForRecordedSession({ outcome: 'UNWELL', location: 'HOME', isCourseComplete: false })).toEqual([
      'UNWELL_REPORTED',
    ]);
  });

  it('raises a contraindication found at the session for a clinic session recorded as not well today', () => {
    expect(alertsForRecordedSession({ outcome: 'UNWELL', location: 'CLINIC', isCourseComplete: false })).toEqual([
      'CONTRAINDICATION_AT_SESSION',
    ]);
  });

  it('raises the course’s report when its last session is done', () => {
    expect(alertsForRecordedSession({ outcome: 'DONE', location: 'CLINIC', isCourseComplete: true })).toEqual([
      'COURSE_COMPLETED',
    ]);
  });

  it('raises nothing for an ordinary session done, missed or postponed', () => {
    for (const outcome of ['DONE', 'MISSED', 'POSTPONED'] as const) {
      expect(alertsForRecordedSession({ outcome, location: 'HOME', isCourseComplete: false })).toEqual([]);
    }
  });
});

describe('alertsForCourseStatusChange', () => {
  it('raises the course’s report when a correction completes the course, and only then', () => {
    expect(alertsForCourseStatusChange('ACTIVE', 'COMPLETED')).toEqual(['COURSE_COMPLETED']);
    expect(alertsForCourseStatusChange('COMPLETED', 'COMPLETED')).toEqual([]);
    expect(alertsForCourseStatusChange('COMPLETED', 'ACTIVE')).toEqual([]);
    expect(alertsForCourseStatusChange('ACTIVE', 'ACTIVE')).toEqual([]);
  });
});
