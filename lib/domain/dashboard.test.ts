import { describe, expect, it } from 'vitest';
import type { IsoDate } from './calendar-date';
import { outcomeRates, rateWindow, weekOf } from './dashboard';
import { adherencePercent } from './rates';

describe('weekOf', () => {
  it('runs Monday to Sunday around any day', () => {
    expect(weekOf('2026-11-18' as IsoDate)).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(weekOf('2026-11-16' as IsoDate)).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(weekOf('2026-11-22' as IsoDate)).toEqual({ from: '2026-11-16', to: '2026-11-22' });
  });
});

describe('rateWindow', () => {
  it('covers the four weeks up to yesterday', () => {
    expect(rateWindow('2026-11-21' as IsoDate)).toEqual({ from: '2026-10-24', to: '2026-11-20' });
  });
});

describe('outcomeRates', () => {
  it('shares the sessions of the period out by outcome', () => {
    expect(outcomeRates({ done: 6, missed: 2, postponed: 1, unrecorded: 1 })).toEqual({
      done: 60,
      missed: 20,
      postponed: 10,
      unrecorded: 10,
    });
  });

  it('has no rate without sessions', () => {
    expect(outcomeRates({ done: 0, missed: 0, postponed: 0, unrecorded: 0 }).done).toBeNull();
  });
});

describe('adherencePercent', () => {
  it('leaves postponed sessions out and counts unrecorded ones as not held', () => {
    expect(adherencePercent({ done: 3, missed: 0, postponed: 5, unrecorded: 1 })).toBe(75);
  });
});
