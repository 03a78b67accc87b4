import { describe, expect, it } from 'vitest';
import { addDays, parseIsoDate } from '@/lib/domain/calendar-date';
import { translatorFor } from '@/lib/i18n/translator';
import { overdueSessions } from './decide-prescription';

const today = parseIsoDate('2026-11-21');

describe('overdueSessions', () => {
  it('names the first three overdue sessions and counts the rest, however far back the start', () => {
    const dates = Array.from({ length: 24 }, (_, index) => addDays(today, index - 23));
    const overdue = overdueSessions(dates, today);
    expect(overdue?.sessions).toHaveLength(23);
    // Nested references used to re-escape each other: 23 sessions made a message of megabytes.
    expect(overdue?.message.length).toBeLessThan(2000);
    const english = translatorFor('en')(overdue?.message ?? '');
    expect(english).toContain('20 more');
    expect(translatorFor('ru')(overdue?.message ?? '')).toContain('ещё 20');
  });

  it('names every overdue session when there are three or fewer', () => {
    const dates = [addDays(today, -2), addDays(today, -1), today];
    const english = translatorFor('en')(overdueSessions(dates, today)?.message ?? '');
    expect(english).not.toContain('more');
  });
});
