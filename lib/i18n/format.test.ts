import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '@/lib/domain/calendar-date';
import { dateTimeFormat, formatDate, formatDateTime } from './format';

describe('dateTimeFormat', () => {
  it('makes one formatter per locale and options, and formats as a new one would', () => {
    const options = { dateStyle: 'medium', timeZone: 'UTC' } as const;
    expect(dateTimeFormat('en-GB', options)).toBe(dateTimeFormat('en-GB', { ...options }));
    expect(dateTimeFormat('en-GB', options)).not.toBe(dateTimeFormat('de-DE', options));
    expect(formatDate(parseIsoDate('2026-03-03'), 'en-GB')).toBe('3 Mar 2026');
    expect(formatDateTime(new Date('2026-03-03T09:05:00Z'), 'en-GB', 'Europe/Berlin')).toBe('3 Mar 2026, 10:05');
  });
});
