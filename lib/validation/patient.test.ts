import { describe, expect, it } from 'vitest';
import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
import { patientSchema } from './patient';
import { translatorFor } from '@/lib/i18n/translator';

const english = translatorFor('en');

const schema = patientSchema(iso('2026-11-21'));
const form = (gestation: Record<string, string>) => ({
  firstName: 'Test',
  lastName: 'Baby',
  dateOfBirth: '2026-10-01',
  sex: 'FEMALE',
  umbilicalWoundHealedOn: '',
  notes: '',
  ...gestation,
});

function errorsOf(values: Record<string, unknown>) {
  const result = schema.safeParse(values);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), english(issue.message)]));
}

describe('patientSchema: gestational age in weeks and days', () => {
  it('stores weeks and days as days', () => {
    expect(schema.parse(form({ gestationalAgeWeeks: '32', gestationalAgeExtraDays: '3' })).gestationalAgeDays).toBe(
      227,
    );
    expect(schema.parse(form({ gestationalAgeWeeks: '32', gestationalAgeExtraDays: '' })).gestationalAgeDays).toBe(224);
    expect(schema.parse(form({ gestationalAgeWeeks: '', gestationalAgeExtraDays: '' }))).not.toHaveProperty(
      'gestationalAgeDays',
    );
  });

  it('takes 22+0 to 44+0, and days 0 to 6', () => {
    expect(schema.parse(form({ gestationalAgeWeeks: '22', gestationalAgeExtraDays: '0' })).gestationalAgeDays).toBe(
      154,
    );
    expect(schema.parse(form({ gestationalAgeWeeks: '44', gestationalAgeExtraDays: '0' })).gestationalAgeDays).toBe(
      308,
    );
    expect(errorsOf(form({ gestationalAgeWeeks: '44', gestationalAgeExtraDays: '1' }))).toEqual({
      gestationalAgeExtraDays: 'Gestational age at birth must be at most 44 weeks.',
    });
    expect(errorsOf(form({ gestationalAgeWeeks: '21', gestationalAgeExtraDays: '6' }))).toEqual({
      gestationalAgeWeeks: 'Gestational age at birth (weeks) must be at least 22.',
    });
    expect(errorsOf(form({ gestationalAgeWeeks: '32', gestationalAgeExtraDays: '7' }))).toEqual({
      gestationalAgeExtraDays: 'Days past the whole weeks must be at most 6.',
    });
  });

  it('asks for the weeks when only days are given', () => {
    expect(errorsOf(form({ gestationalAgeWeeks: '', gestationalAgeExtraDays: '3' }))).toEqual({
      gestationalAgeWeeks: 'Enter the weeks as well as the days.',
    });
  });
});
