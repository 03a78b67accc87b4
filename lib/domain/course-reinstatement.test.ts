import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/lib/i18n/translator';
import { parseIsoDate as iso } from './calendar-date';
import type { SessionStatus } from './course-progress';
import { planReinstatement, reinstateRefusal } from './course-reinstatement';
import type { ScheduleRules } from './schedule';

const english = translatorFor('en');

const EVERY_OTHER_DAY: ScheduleRules = {
  frequency: 'EVERY_OTHER_DAY',
  weekdays: [],
  restAfterEvery: null,
  restDays: 1,
  daysOff: [],
};

function course(statuses: SessionStatus[], sessionCount: number) {
  return {
    rules: EVERY_OTHER_DAY,
    sessionCount,
    sessions: statuses.map((status, index) => ({
      id: `s${index + 1}`,
      scheduledOn: iso(`2026-11-${String(1 + 2 * index).padStart(2, '0')}`),
      status,
      plannedMinutes: 5 + index,
    })),
  };
}

describe('reinstateRefusal', () => {
  it('reinstates a cancelled course while it is the child’s latest', () => {
    expect(reinstateRefusal({ status: 'CANCELLED', location: 'CLINIC' }, false)).toBeNull();
    expect(english(reinstateRefusal({ status: 'CANCELLED', location: 'HOME' }, true) ?? '')).toBe(
      'A newer course was prescribed for this child after this one: this one can no longer be reinstated.',
    );
  });

  it('says why a running or completed course cannot be', () => {
    expect(english(reinstateRefusal({ status: 'ACTIVE', location: 'CLINIC' }, false) ?? '')).toBe(
      'This course is running: there is nothing to reinstate.',
    );
    expect(english(reinstateRefusal({ status: 'COMPLETED', location: 'CLINIC' }, false) ?? '')).toMatch(/completed/);
  });
});

describe('planReinstatement', () => {
  it('moves the called-off sessions to dates from the reinstating day, in the course’s rhythm', () => {
    // Done on 1 and 3 Nov, cancelled with 5, 7 and 9 Nov to come; reinstated on 20 Nov.
    const plan = planReinstatement(
      course(['DONE', 'DONE', 'SCHEDULED', 'SCHEDULED', 'SCHEDULED'], 5),
      iso('2026-11-20'),
    );
    expect(plan).toEqual({
      moved: [
        { id: 's3', scheduledOn: iso('2026-11-20') },
        { id: 's4', scheduledOn: iso('2026-11-22') },
        { id: 's5', scheduledOn: iso('2026-11-24') },
      ],
      removedIds: [],
      added: [],
    });
  });

  it('keeps the count: a missed session without its make-up gets one, surplus called-off ones go', () => {
    expect(planReinstatement(course(['DONE', 'MISSED', 'SCHEDULED'], 3), iso('2026-11-20'))).toEqual({
      moved: [{ id: 's3', scheduledOn: iso('2026-11-20') }],
      removedIds: [],
      added: [{ scheduledOn: iso('2026-11-22'), plannedMinutes: 7 }],
    });
    expect(planReinstatement(course(['DONE', 'SCHEDULED', 'SCHEDULED'], 2), iso('2026-11-20'))).toEqual({
      moved: [{ id: 's2', scheduledOn: iso('2026-11-20') }],
      removedIds: ['s3'],
      added: [],
    });
  });

  it('never plans a session sooner after the last done one than the rhythm allows', () => {
    // Done on 1 Nov; reinstated the same day: the next is on 3 Nov, every other day.
    expect(planReinstatement(course(['DONE', 'SCHEDULED'], 2), iso('2026-11-01')).moved).toEqual([
      { id: 's2', scheduledOn: iso('2026-11-03') },
    ]);
  });
});
