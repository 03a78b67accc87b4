import { describe, expect, it } from 'vitest';
import { agendaRange } from './agenda-range';
import { parseIsoDate as iso } from './calendar-date';

describe('agendaRange', () => {
  it('shows one day, with the days either side to go to', () => {
    expect(agendaRange('day', iso('2026-12-31'))).toEqual({
      from: '2026-12-31',
      days: 1,
      previous: '2026-12-30',
      next: '2027-01-01',
    });
  });

  it('shows the week from Monday whatever day is asked for', () => {
    // Wed 2 Dec 2026 and Sun 6 Dec are in the week of Mon 30 Nov.
    for (const date of ['2026-12-02', '2026-12-06', '2026-11-30'])
      expect(agendaRange('week', iso(date))).toEqual({
        from: '2026-11-30',
        days: 7,
        previous: '2026-11-23',
        next: '2026-12-07',
      });
  });
});
