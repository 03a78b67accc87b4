import { describe, expect, it } from 'vitest';
import { formatMinutes, formatMinutesRange, isWholeSeconds, joinMinutes, splitMinutes } from './format';

describe('formatMinutes', () => {
  it('writes minutes and seconds, never decimal minutes', () => {
    expect(formatMinutes(0.25)).toBe('15 s');
    expect(formatMinutes(0.75)).toBe('45 s');
    expect(formatMinutes(1)).toBe('1 min');
    expect(formatMinutes(1.5)).toBe('1 min 30 s');
    expect(formatMinutes(10)).toBe('10 min');
    expect(formatMinutes(25)).toBe('25 min');
  });

  it('rounds to the nearest second, carrying into the minutes', () => {
    expect(formatMinutes(20 / 60)).toBe('20 s');
    expect(formatMinutes(59.6 / 60)).toBe('1 min');
    expect(formatMinutes(0)).toBe('0 s');
  });
});

describe('formatMinutesRange', () => {
  it('says the unit once for whole minutes, and each time otherwise', () => {
    expect(formatMinutesRange(5, 10)).toBe('5–10 min');
    expect(formatMinutesRange(0.5, 1)).toBe('30 s–1 min');
    expect(formatMinutesRange(1, 1.5)).toBe('1 min–1 min 30 s');
    expect(formatMinutesRange(5, 5)).toBe('5 min');
  });
});

describe('splitMinutes and joinMinutes', () => {
  it('go between minutes and whole minutes plus seconds', () => {
    expect(splitMinutes(1.5)).toEqual({ minutes: 1, seconds: 30 });
    expect(splitMinutes(0.25)).toEqual({ minutes: 0, seconds: 15 });
    expect(splitMinutes(10)).toEqual({ minutes: 10, seconds: 0 });
    expect(joinMinutes(1, 30)).toBe(1.5);
    expect(joinMinutes(0, 15)).toBe(0.25);
    expect(splitMinutes(joinMinutes(2, 20))).toEqual({ minutes: 2, seconds: 20 });
  });

  it('tells a whole number of seconds from a hand-typed decimal', () => {
    expect(isWholeSeconds(joinMinutes(0, 20))).toBe(true);
    expect(isWholeSeconds(1.25)).toBe(true);
    expect(isWholeSeconds(1.1)).toBe(true);
    expect(isWholeSeconds(1.01)).toBe(false);
  });
});
