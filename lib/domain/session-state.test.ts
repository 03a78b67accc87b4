import { describe, expect, it } from 'vitest';
import { parseIsoDate as iso } from './calendar-date';
import { sessionState } from './session-state';

const TODAY = iso('2026-11-21');
const scheduled = (scheduledOn: string) => ({ status: 'SCHEDULED' as const, scheduledOn: iso(scheduledOn) });

describe('sessionState', () => {
  it('is overdue from the day after the session while nobody recorded it', () => {
    expect(sessionState(scheduled('2026-11-20'), 'ACTIVE', TODAY)).toBe('OVERDUE');
    expect(sessionState(scheduled('2026-11-21'), 'ACTIVE', TODAY)).toBe('SCHEDULED');
    expect(sessionState(scheduled('2026-11-22'), 'ACTIVE', TODAY)).toBe('SCHEDULED');
  });

  it('calls off what a cancelled course still had to come, past or future', () => {
    expect(sessionState(scheduled('2026-11-20'), 'CANCELLED', TODAY)).toBe('CALLED_OFF');
    expect(sessionState(scheduled('2026-11-22'), 'CANCELLED', TODAY)).toBe('CALLED_OFF');
  });

  it('shows what was recorded, whatever the date', () => {
    expect(sessionState({ status: 'MISSED', scheduledOn: iso('2026-11-01') }, 'CANCELLED', TODAY)).toBe('MISSED');
    expect(sessionState({ status: 'DONE', scheduledOn: iso('2026-11-01') }, 'COMPLETED', TODAY)).toBe('DONE');
  });
});
