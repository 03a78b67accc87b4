import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isoDate, listOf, optionalWholeNumber, wholeNumber } from './fields';

const messages = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('form fields', () => {
  it('gives an empty date one message, and an impossible date another', () => {
    expect(messages(isoDate('Start date'), '')).toEqual(['Start date is required.']);
    expect(messages(isoDate('Start date'), '2026-02-30')).toEqual(['Start date must be a real date (YYYY-MM-DD).']);
    expect(isoDate('Start date').parse('2026-02-28')).toBe('2026-02-28');
  });

  it('reads whole numbers from form strings, within their range', () => {
    expect(wholeNumber('Number of sessions', 1, 30).parse('10')).toBe(10);
    expect(messages(wholeNumber('Number of sessions', 1, 30), '0')).toEqual(['Number of sessions must be at least 1.']);
    expect(messages(wholeNumber('Number of sessions', 1, 30), '100')).toEqual([
      'Number of sessions must be at most 30.',
    ]);
    expect(messages(wholeNumber('Number of sessions', 1, 30), '2.5')).toEqual([
      'Number of sessions must be a whole number.',
    ]);
    expect(optionalWholeNumber('Gestational age', 22, 44).parse('')).toBeUndefined();
  });

  it('turns an absent checkbox group into an empty list and one value into a list of one', () => {
    expect(listOf(z.string()).parse(undefined)).toEqual([]);
    expect(listOf(z.string()).parse('3')).toEqual(['3']);
    expect(listOf(z.string()).parse(['1', '5'])).toEqual(['1', '5']);
  });
});
