import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/lib/i18n/translator';
import { parseIsoDate as iso } from './calendar-date';
import type { SessionStatus } from './course-progress';
import type { ScheduleRules } from './schedule';
import {
  applySessionCorrection,
  correctionRefusal,
  countChange,
  type CourseUnderCorrection,
} from './session-corrections';

const english = translatorFor('en');

const TODAY = iso('2026-11-21');
const DAILY: ScheduleRules = { frequency: 'DAILY', weekdays: [], restAfterEvery: null, restDays: 1, daysOff: [] };

/** A daily course of `count` sessions from 1 Nov with the given statuses (the rest scheduled). */
function course(statuses: SessionStatus[], count = 3, status: CourseUnderCorrection['status'] = 'ACTIVE') {
  return {
    status,
    rules: DAILY,
    sessionCount: count,
    sessions: statuses.map((sessionStatus, index) => ({
      id: `s${index + 1}`,
      scheduledOn: iso(`2026-11-${String(index + 1).padStart(2, '0')}`),
      status: sessionStatus,
      plannedMinutes: 5 + index,
    })),
  } satisfies CourseUnderCorrection;
}

describe('correctionRefusal', () => {
  it('corrects only what was recorded', () => {
    expect(english(correctionRefusal({ status: 'SCHEDULED', scheduledOn: TODAY, today: TODAY }, 'DONE') ?? '')).toBe(
      'Nothing was recorded for this session yet: record it instead of correcting it.',
    );
  });

  it('takes done and missed up to the session’s day, and postponed for a later one', () => {
    const facts = (scheduledOn: string) => ({
      status: 'POSTPONED' as const,
      scheduledOn: iso(scheduledOn),
      today: TODAY,
    });
    expect(correctionRefusal(facts('2026-11-21'), 'DONE')).toBeNull();
    expect(correctionRefusal(facts('2026-11-21'), 'MISSED')).toBeNull();
    expect(english(correctionRefusal(facts('2026-11-22'), 'DONE') ?? '')).toBe(
      'This session is in the future: it can only have been postponed.',
    );
    expect(correctionRefusal(facts('2026-11-22'), 'MISSED')).not.toBeNull();
    expect(correctionRefusal({ status: 'DONE', scheduledOn: iso('2026-11-22'), today: TODAY }, 'POSTPONED')).toBeNull();
  });
});

describe('applySessionCorrection', () => {
  it('adds a make-up after the last session when a done session was in fact missed', () => {
    // Sessions on 20, 21, 22 Nov; the one on 20 Nov was recorded done by mistake.
    const running = { ...course(['DONE', 'SCHEDULED', 'SCHEDULED']) };
    running.sessions = running.sessions.map((session, index) => ({
      ...session,
      scheduledOn: iso(`2026-11-${20 + index}`),
    }));
    expect(applySessionCorrection(running, 's1', 'MISSED', TODAY)).toEqual({
      makeUp: { scheduledOn: iso('2026-11-23'), plannedMinutes: 7 },
      removedId: null,
      courseStatus: 'ACTIVE',
    });
  });

  it('removes the last session to come when a missed one was in fact done', () => {
    expect(applySessionCorrection(course(['MISSED', 'DONE', 'SCHEDULED', 'SCHEDULED']), 's1', 'DONE', TODAY)).toEqual({
      makeUp: null,
      removedId: 's4',
      courseStatus: 'ACTIVE',
    });
  });

  it('completes the course when the correction reaches its count', () => {
    expect(applySessionCorrection(course(['DONE', 'MISSED', 'DONE', 'SCHEDULED']), 's2', 'DONE', TODAY)).toEqual({
      makeUp: null,
      removedId: 's4',
      courseStatus: 'COMPLETED',
    });
  });

  it('reopens a completed course from today, never before, when a done session was not done', () => {
    // The sessions were on 1-3 Nov: the make-up cannot be in the past.
    expect(applySessionCorrection(course(['DONE', 'DONE', 'DONE'], 3, 'COMPLETED'), 's2', 'POSTPONED', TODAY)).toEqual({
      makeUp: { scheduledOn: TODAY, plannedMinutes: 7 },
      removedId: null,
      courseStatus: 'ACTIVE',
    });
  });

  it('removes nothing when the make-up was already done: the child had one session more', () => {
    expect(
      applySessionCorrection(course(['DONE', 'MISSED', 'DONE', 'DONE'], 3, 'COMPLETED'), 's2', 'DONE', TODAY),
    ).toEqual({ makeUp: null, removedId: null, courseStatus: 'COMPLETED' });
  });

  it.each([
    ['MISSED', 'POSTPONED'],
    ['POSTPONED', 'MISSED'],
    ['DONE', 'DONE'],
    ['MISSED', 'MISSED'],
  ] as const)('leaves the schedule alone from %s to %s', (from, to) => {
    expect(applySessionCorrection(course([from, 'SCHEDULED', 'SCHEDULED']), 's1', to, TODAY)).toEqual({
      makeUp: null,
      removedId: null,
      courseStatus: 'ACTIVE',
    });
  });

  it('leaves a cancelled course’s schedule and status alone', () => {
    expect(applySessionCorrection(course(['DONE', 'SCHEDULED'], 2, 'CANCELLED'), 's1', 'MISSED', TODAY)).toEqual({
      makeUp: null,
      removedId: null,
      courseStatus: 'CANCELLED',
    });
  });
});

describe('countChange', () => {
  it('adds a make-up when a session stops counting as done, removes one when it starts', () => {
    expect(countChange('DONE', 'MISSED')).toBe('ADD_MAKE_UP');
    expect(countChange('DONE', 'POSTPONED')).toBe('ADD_MAKE_UP');
    expect(countChange('MISSED', 'DONE')).toBe('REMOVE_ONE');
    expect(countChange('POSTPONED', 'MISSED')).toBe('NONE');
    expect(countChange('DONE', 'DONE')).toBe('NONE');
  });
});
