import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
import { translatorFor } from '@/lib/i18n/translator';
import { describe, expect, it } from 'vitest';
import type { ScheduleRules } from './schedule';
import {
  applySessionOutcome,
  asksWellToday,
  sessionOutcomes,
  wellTodayRefusal,
  type SessionFacts,
  type SessionOutcome,
  type SessionRefusal,
} from './session-outcomes';

const english = translatorFor('en');
/** A refusal as an English reader sees it. */
const inEnglish = (refusal: SessionRefusal | null) => refusal && { ...refusal, message: english(refusal.message) };

const TODAY = iso('2026-11-21');
const open = (scheduledOn: string): SessionFacts => ({
  status: 'SCHEDULED',
  courseStatus: 'ACTIVE',
  scheduledOn: iso(scheduledOn),
  today: TODAY,
});

describe('sessionOutcomes', () => {
  it("takes every outcome for today's session of a running course", () => {
    expect(sessionOutcomes(open(TODAY))).toEqual({
      closed: null,
      refusals: { DONE: null, MISSED: null, POSTPONED: null, UNWELL: null },
    });
  });

  it('takes an earlier session done, missed or postponed, but "not well today" only for today', () => {
    const { closed, refusals } = sessionOutcomes(open('2026-11-20'));
    expect(closed).toBeNull();
    expect(refusals).toMatchObject({ DONE: null, MISSED: null, POSTPONED: null });
    expect(inEnglish(refusals.UNWELL)).toEqual({
      reason: 'NOT_TODAY',
      message: 'Only today’s session can be postponed as "not well today"; mark an earlier one as missed.',
    });
  });

  it('only postpones a session from tomorrow on', () => {
    const { refusals } = sessionOutcomes(open('2026-11-22'));
    const notYet = { reason: 'NOT_YET', message: 'This session is in the future: it can only be postponed for now.' };
    expect([refusals.DONE, refusals.MISSED, refusals.POSTPONED, refusals.UNWELL].map(inEnglish)).toEqual([
      notYet,
      notYet,
      null,
      notYet,
    ]);
  });

  it.each([
    ['DONE', 'done'],
    ['MISSED', 'missed'],
    ['POSTPONED', 'postponed'],
  ] as const)('closes a session already recorded as %s, whatever the course', (status, word) => {
    for (const courseStatus of ['ACTIVE', 'COMPLETED', 'CANCELLED'] as const) {
      const { closed, refusals } = sessionOutcomes({ ...open(TODAY), status, courseStatus });
      expect(inEnglish(closed)).toEqual({
        reason: 'ALREADY_RECORDED',
        message: `This session was already recorded as ${word}.`,
      });
      expect(Object.values(refusals)).toEqual([closed, closed, closed, closed]);
    }
  });

  it('says in Russian what a recorded session was recorded as', () => {
    const russian = translatorFor('ru');
    const said = (['DONE', 'MISSED', 'POSTPONED'] as const).map((status) =>
      russian(sessionOutcomes({ ...open(TODAY), status }).closed?.message ?? ''),
    );
    expect(said).toEqual([
      'Этот сеанс уже отмечен как проведённый.',
      'Этот сеанс уже отмечен как пропущенный.',
      'Этот сеанс уже отмечен как перенесённый.',
    ]);
  });

  it('closes the open sessions of a course that is over, with a message for each status', () => {
    expect(inEnglish(sessionOutcomes({ ...open(TODAY), courseStatus: 'COMPLETED' }).closed)).toEqual({
      reason: 'COURSE_CLOSED',
      message: 'This course is completed, so its sessions cannot be changed.',
    });
    expect(inEnglish(sessionOutcomes({ ...open('2026-11-30'), courseStatus: 'CANCELLED' }).refusals.POSTPONED)).toEqual(
      {
        reason: 'COURSE_CLOSED',
        message: 'This course was cancelled, so its sessions can no longer be recorded.',
      },
    );
  });
});

const DAILY: ScheduleRules = { frequency: 'DAILY', weekdays: [], restAfterEvery: null, restDays: 1, daysOff: [] };
const course = (
  sessionCount: number,
  dates: string[],
  statuses: ('SCHEDULED' | 'DONE' | 'MISSED' | 'POSTPONED')[] = [],
) => ({
  rules: DAILY,
  sessionCount,
  sessions: dates.map((scheduledOn, index) => ({
    id: `s${index + 1}`,
    scheduledOn: iso(scheduledOn),
    status: statuses[index] ?? ('SCHEDULED' as const),
    // Growing a minute a session from 5, as planned at prescription.
    plannedMinutes: 5 + index,
  })),
});

describe('applySessionOutcome', () => {
  it('records a session done without a make-up, and completes the course with its last one', () => {
    const three = course(3, ['2026-11-19', '2026-11-20', '2026-11-21'], ['DONE', 'DONE']);
    const outcome = {
      outcome: 'DONE' as const,
      wellToday: true as const,
      actualMinutes: 14,
      tolerance: 'GOOD' as const,
      notes: 'Calm',
    };
    expect(applySessionOutcome(three, 's3', outcome, TODAY)).toEqual({
      session: { status: 'DONE', actualMinutes: 14, tolerance: 'GOOD', notes: 'Calm' },
      moved: [],
      makeUpOn: null,
      makeUpPlannedMinutes: null,
      replanned: [],
      resumesOn: null,
      isCourseComplete: true,
    });
    expect(
      applySessionOutcome(course(3, ['2026-11-20', '2026-11-21', '2026-11-22']), 's2', outcome, TODAY).isCourseComplete,
    ).toBe(false);
  });

  it('adds a make-up the day after the last session for a missed or postponed one', () => {
    const three = course(3, ['2026-11-20', '2026-11-21', '2026-11-22']);
    expect(applySessionOutcome(three, 's1', { outcome: 'MISSED', notes: 'Cold' }, TODAY)).toMatchObject({
      session: { status: 'MISSED', notes: 'Cold' },
      makeUpOn: '2026-11-23',
      moved: [],
    });
    expect(applySessionOutcome(three, 's3', { outcome: 'POSTPONED', reason: 'Away' }, TODAY)).toMatchObject({
      session: { status: 'POSTPONED', reason: 'Away' },
      makeUpOn: '2026-11-23',
    });
  });

  it('moves the rest of the course on from tomorrow when the baby is unwell today, keeping its count', () => {
    const four = course(4, ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23'], ['DONE']);
    expect(applySessionOutcome(four, 's2', { outcome: 'UNWELL', conditions: ['FEVER'] }, TODAY)).toEqual({
      session: { status: 'POSTPONED', reason: 'Not well today: Fever or high temperature' },
      moved: [
        { id: 's3', scheduledOn: '2026-11-22' },
        { id: 's4', scheduledOn: '2026-11-23' },
      ],
      makeUpOn: '2026-11-24',
      makeUpPlannedMinutes: 8,
      replanned: [
        { id: 's3', plannedMinutes: 6 },
        { id: 's4', plannedMinutes: 7 },
      ],
      resumesOn: '2026-11-22',
      isCourseComplete: false,
    });
  });

  it('keeps the minutes growing one step per session done: a missed session passes its plan on', () => {
    const four = course(4, ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23'], ['DONE']);
    expect(applySessionOutcome(four, 's2', { outcome: 'MISSED', notes: '' }, TODAY)).toMatchObject({
      replanned: [
        { id: 's3', plannedMinutes: 6 },
        { id: 's4', plannedMinutes: 7 },
      ],
      makeUpOn: '2026-11-24',
      makeUpPlannedMinutes: 8,
    });
    // The last session missed: nothing later to move, the make-up takes its plan.
    expect(applySessionOutcome(four, 's4', { outcome: 'POSTPONED', reason: 'Away' }, TODAY)).toMatchObject({
      replanned: [],
      makeUpPlannedMinutes: 8,
    });
  });

  it('leaves the plans alone once they stop growing', () => {
    const capped = course(3, ['2026-11-21', '2026-11-22', '2026-11-23']);
    const flat = { ...capped, sessions: capped.sessions.map((session) => ({ ...session, plannedMinutes: 15 })) };
    expect(applySessionOutcome(flat, 's1', { outcome: 'MISSED', notes: '' }, TODAY)).toMatchObject({
      replanned: [],
      makeUpPlannedMinutes: 15,
    });
  });
});

describe('the well-today check', () => {
  const doneWithout: SessionOutcome = {
    outcome: 'DONE',
    wellToday: false,
    actualMinutes: null,
    tolerance: 'GOOD',
    notes: '',
  };

  it("is asked for today's session only: not the day before, not the day after", () => {
    expect(asksWellToday(open(TODAY))).toBe(true);
    expect(asksWellToday(open('2026-11-20'))).toBe(false);
    expect(asksWellToday(open('2026-11-22'))).toBe(false);
  });

  it("refuses today's session done without it, and takes an earlier one without it", () => {
    expect(inEnglish(wellTodayRefusal(open(TODAY), doneWithout))).toEqual({
      reason: 'NOT_CONFIRMED_WELL',
      message: 'Confirm that the baby is well today: no fever, infection, rash, stool upset or injury.',
    });
    expect(wellTodayRefusal(open(TODAY), { ...doneWithout, wellToday: true })).toBeNull();
    expect(wellTodayRefusal(open('2026-11-20'), doneWithout)).toBeNull();
  });

  it('does not concern a session that did not take place', () => {
    expect(wellTodayRefusal(open(TODAY), { outcome: 'MISSED', notes: 'Travelling' })).toBeNull();
  });
});
