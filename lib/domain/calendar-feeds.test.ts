import { describe, expect, it } from 'vitest';
import { calendarFeedPath, calendarFeedToken, webcalUrl } from './calendar-feeds';

describe('calendar addresses', () => {
  it('reads back the token of the path it makes, and nothing from another name', () => {
    const token = 'A'.repeat(43);
    expect(calendarFeedPath(token)).toBe(`/calendar/${token}.ics`);
    expect(calendarFeedToken(`${token}.ics`)).toBe(token);
    expect(calendarFeedToken(token)).toBeNull();
  });

  it('offers the same address as webcal:// for phones', () => {
    expect(webcalUrl('https://clinic.example/calendar/x.ics')).toBe('webcal://clinic.example/calendar/x.ics');
    expect(webcalUrl('http://localhost:3000/calendar/x.ics')).toBe('webcal://localhost:3000/calendar/x.ics');
  });
});
