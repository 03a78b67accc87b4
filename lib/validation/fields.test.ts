import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  isoDate,
  listOf,
  optionalIsoDate,
  optionalText,
  optionalWholeNumber,
  recordId,
  requiredText,
  wholeNumber,
} from './fields';

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

  it('refuses NUL and other control characters in any text, keeping tabs and line breaks', () => {
    expect(messages(requiredText('Diagnosis'), 'Colic\u0000')).toEqual([
      'Diagnosis contains characters that cannot be saved.',
    ]);
    expect(messages(optionalText('Notes'), 'a\u001bb')).toEqual(['Notes contains characters that cannot be saved.']);
    expect(messages(optionalText('Notes'), 'a\u0085b')).toEqual(['Notes contains characters that cannot be saved.']);
    expect(optionalText('Notes').parse('line one\n\tline two')).toBe('line one\n\tline two');
  });

  it('refuses a name made only of zero-width or blank characters as empty', () => {
    expect(messages(requiredText('First name'), '\u200B\u200C\uFEFF')).toEqual(['First name is required.']);
    expect(messages(requiredText('First name'), ' \u2060 ')).toEqual(['First name is required.']);
    expect(requiredText('First name').parse('Zoë')).toBe('Zoë');
  });

  it('refuses dates before 1990 with a clear message', () => {
    expect(messages(isoDate('Date of birth'), '1989-12-31')).toEqual([
      'Date of birth cannot be before 1 January 1990.',
    ]);
    expect(messages(optionalIsoDate('Healed on'), '0001-01-01')).toEqual([
      'Healed on cannot be before 1 January 1990.',
    ]);
    expect(isoDate('Date of birth').parse('1990-01-01')).toBe('1990-01-01');
  });

  it('accepts only what a record id can look like', () => {
    expect(recordId('Choose the course.').parse('cm3x1abc_-9')).toBe('cm3x1abc_-9');
    for (const odd of ['', 'a\u0000b', "x' OR 1=1", '../etc', 'é', 'a'.repeat(65)]) {
      expect(messages(recordId('Choose the course.'), odd)).toEqual(['Choose the course.']);
    }
  });
});
