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
import { translatorFor } from '@/lib/i18n/translator';

const english = translatorFor('en');

/** The messages as an English reader sees them. */
const messages = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => english(issue.message));
};

describe('form fields', () => {
  it('gives an empty date one message, and an impossible date another', () => {
    expect(messages(isoDate('startDate'), '')).toEqual(['Start date is required.']);
    expect(messages(isoDate('startDate'), '2026-02-30')).toEqual(['Start date must be a real date (YYYY-MM-DD).']);
    expect(isoDate('startDate').parse('2026-02-28')).toBe('2026-02-28');
  });

  it('reads whole numbers from form strings, within their range', () => {
    expect(wholeNumber('sessionCount', 1, 30).parse('10')).toBe(10);
    expect(messages(wholeNumber('sessionCount', 1, 30), '0')).toEqual(['Number of sessions must be at least 1.']);
    expect(messages(wholeNumber('sessionCount', 1, 30), '100')).toEqual(['Number of sessions must be at most 30.']);
    expect(messages(wholeNumber('sessionCount', 1, 30), '2.5')).toEqual(['Number of sessions must be a whole number.']);
    expect(optionalWholeNumber('gestationalAgeWeeks', 22, 44).parse('')).toBeUndefined();
  });

  it('turns an absent checkbox group into an empty list and one value into a list of one', () => {
    expect(listOf(z.string()).parse(undefined)).toEqual([]);
    expect(listOf(z.string()).parse('3')).toEqual(['3']);
    expect(listOf(z.string()).parse(['1', '5'])).toEqual(['1', '5']);
  });

  it('refuses NUL and other control characters in any text, keeping tabs and line breaks', () => {
    expect(messages(requiredText('diagnosis'), 'Colic\u0000')).toEqual([
      'Diagnosis contains characters that cannot be saved.',
    ]);
    expect(messages(optionalText('notes'), 'a\u001bb')).toEqual(['Notes contains characters that cannot be saved.']);
    expect(messages(optionalText('notes'), 'a\u0085b')).toEqual(['Notes contains characters that cannot be saved.']);
    expect(optionalText('notes').parse('line one\n\tline two')).toBe('line one\n\tline two');
  });

  it('refuses a name made only of zero-width or blank characters as empty', () => {
    expect(messages(requiredText('firstName'), '\u200B\u200C\uFEFF')).toEqual(['First name is required.']);
    expect(messages(requiredText('firstName'), ' \u2060 ')).toEqual(['First name is required.']);
    expect(requiredText('firstName').parse('Zoë')).toBe('Zoë');
  });

  it('refuses dates before 1990 with a clear message', () => {
    expect(messages(isoDate('dateOfBirth'), '1989-12-31')).toEqual(['Date of birth cannot be before 1 January 1990.']);
    expect(messages(optionalIsoDate('umbilicalWoundHealedOn'), '0001-01-01')).toEqual([
      'Umbilical wound healed on cannot be before 1 January 1990.',
    ]);
    expect(isoDate('dateOfBirth').parse('1990-01-01')).toBe('1990-01-01');
  });

  it('accepts only what a record id can look like', () => {
    expect(recordId('validation.choose.course').parse('cm3x1abc_-9')).toBe('cm3x1abc_-9');
    for (const odd of ['', 'a\u0000b', "x' OR 1=1", '../etc', 'é', 'a'.repeat(65)]) {
      expect(messages(recordId('validation.choose.course'), odd)).toEqual(['Choose the course.']);
    }
  });
});
