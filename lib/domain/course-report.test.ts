import { describe, expect, it } from 'vitest';
import type { IsoDate } from './calendar-date';
import { courseReportFigures, sessionLineFor, type ReportSessionFacts } from './course-report';
import { percentOf } from './rates';

const TODAY = '2026-11-10' as IsoDate;

function session(overrides: Partial<ReportSessionFacts> & Pick<ReportSessionFacts, 'scheduledOn'>): ReportSessionFacts {
  return {
    location: 'HOME',
    status: 'SCHEDULED',
    isMakeUp: false,
    isCalledOff: false,
    plannedMinutes: 10,
    actualMinutes: null,
    tolerance: null,
    ...overrides,
  };
}

describe('courseReportFigures', () => {
  const sessions: ReportSessionFacts[] = [
    session({
      scheduledOn: '2026-11-02' as IsoDate,
      location: 'CLINIC',
      status: 'DONE',
      actualMinutes: 8,
      tolerance: 'GOOD',
    }),
    session({ scheduledOn: '2026-11-03' as IsoDate, status: 'DONE', tolerance: 'FUSSY' }),
    session({ scheduledOn: '2026-11-04' as IsoDate, status: 'MISSED' }),
    session({ scheduledOn: '2026-11-05' as IsoDate, status: 'POSTPONED' }),
    // Nobody recorded it although its day has passed: held against adherence.
    session({ scheduledOn: '2026-11-06' as IsoDate }),
    session({
      scheduledOn: '2026-11-09' as IsoDate,
      isMakeUp: true,
      status: 'DONE',
      actualMinutes: 12,
      tolerance: 'STOPPED_EARLY',
    }),
    session({ scheduledOn: '2026-11-11' as IsoDate, isMakeUp: true }),
    session({ scheduledOn: '2026-11-12' as IsoDate, location: 'CLINIC' }),
  ];
  const figures = courseReportFigures(sessions, TODAY);

  it('tallies clinic and home sessions apart', () => {
    expect(figures.clinic).toEqual({ done: 1, missed: 0, postponed: 0, toCome: 1, unrecorded: 0 });
    expect(figures.home).toEqual({ done: 2, missed: 1, postponed: 1, toCome: 1, unrecorded: 1 });
  });

  it('counts home adherence over the sessions due, leaving postponed ones out', () => {
    // 2 held of 4 due (2 done, 1 missed, 1 unrecorded): 50 %.
    expect(figures.homeAdherencePercent).toBe(50);
  });

  it('counts sessions missed or postponed and the make-ups held and to come', () => {
    expect(figures.missedOrPostponed).toBe(2);
    expect(figures.madeUp).toBe(1);
    expect(figures.makeUpsToCome).toBe(1);
  });

  it('charts each session held, with the planned minutes where none were recorded', () => {
    expect(figures.chart).toEqual([
      { number: 1, scheduledOn: '2026-11-02', plannedMinutes: 10, minutes: 8, tolerance: 'GOOD' },
      { number: 2, scheduledOn: '2026-11-03', plannedMinutes: 10, minutes: 10, tolerance: 'FUSSY' },
      { number: 6, scheduledOn: '2026-11-09', plannedMinutes: 10, minutes: 12, tolerance: 'STOPPED_EARLY' },
    ]);
    expect(figures.minutesHeld).toBe(30);
    expect(figures.toleranceCounts).toEqual({ GOOD: 1, FUSSY: 1, STOPPED_EARLY: 1 });
  });

  it('leaves out sessions called off by a cancellation', () => {
    const cancelled = courseReportFigures(
      [session({ scheduledOn: '2026-11-01' as IsoDate, isCalledOff: true })],
      TODAY,
    );
    expect(cancelled.home).toEqual({ done: 0, missed: 0, postponed: 0, toCome: 0, unrecorded: 0 });
    expect(cancelled.homeAdherencePercent).toBeNull();
  });
});

describe('percentOf', () => {
  it('rounds to whole percent and has no share of nothing', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 0)).toBeNull();
  });
});

describe('sessionLineFor', () => {
  const line = {
    status: 'MISSED' as const,
    notes: 'Slept through.',
    reason: 'Holiday',
    recordedByName: 'Tess Therapist',
  };

  it('gives the staff the whole line', () => {
    expect(sessionLineFor('STAFF', line)).toEqual(line);
  });

  it('gives the family what their own page shows: notes, a postponement’s reason, not who recorded it', () => {
    expect(sessionLineFor('FAMILY', line)).toEqual({ ...line, reason: '', recordedByName: null });
    const postponed = { ...line, status: 'POSTPONED' as const, reason: 'Not well today: Fever' };
    expect(sessionLineFor('FAMILY', postponed)).toEqual({ ...postponed, recordedByName: null });
  });
});
