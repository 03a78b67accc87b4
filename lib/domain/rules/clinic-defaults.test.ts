import { describe, expect, it } from 'vitest';
import {
  CLINIC_DEFAULT_FIELDS,
  CLINIC_DEFAULT_FIELD_IDS,
  DEFAULT_CLINIC_DEFAULTS,
  validateClinicDefaults as validateInReferences,
  type ClinicDefaults,
} from './clinic-defaults';
import { translateAll } from '@/lib/i18n/translate-all';
import { translatorFor } from '@/lib/i18n/translator';

/** The check with its errors read in English (they are catalog references). */
function validateClinicDefaults(values: unknown) {
  return translateAll(validateInReferences(values), translatorFor('en'));
}

describe('DEFAULT_CLINIC_DEFAULTS', () => {
  it('says what is wrong in Russian', () => {
    const result = validateInReferences({
      ...DEFAULT_CLINIC_DEFAULTS,
      minimumStartAgeDays: 50,
      cautiousStartAgeDays: 42,
    });
    expect(result.ok ? null : translatorFor('ru')(result.errors.cautiousStartAgeDays ?? '')).toBe(
      'Возраст для предупреждения (42 дня) не может быть меньше минимального возраста (50 дней).',
    );
  });

  it("holds the guide's defaults", () => {
    expect(DEFAULT_CLINIC_DEFAULTS).toEqual({
      minimumStartAgeDays: 21,
      cautiousStartAgeDays: 42,
      courseSessions: 10,
      breakBetweenCoursesDays: 60,
      firstYearCourseEveryMonths: 3,
      sessionMaxMinutesUnder2Months: 5,
      sessionMaxMinutes2To6Months: 15,
      sessionMaxMinutesFrom6Months: 25,
      firstSessionMinutes: 5,
      sessionGrowthMinutes: 1,
    });
  });

  it('matches the default column of the description table', () => {
    for (const field of CLINIC_DEFAULT_FIELD_IDS) {
      expect(DEFAULT_CLINIC_DEFAULTS[field], field).toBe(CLINIC_DEFAULT_FIELDS[field].default);
    }
  });

  it('is valid', () => {
    expect(validateClinicDefaults(DEFAULT_CLINIC_DEFAULTS)).toEqual({ ok: true, value: DEFAULT_CLINIC_DEFAULTS });
  });
});

describe('CLINIC_DEFAULT_FIELDS', () => {
  it('gives the source ranges, units and sources a settings form needs', () => {
    expect(CLINIC_DEFAULT_FIELDS.minimumStartAgeDays).toMatchObject({
      unit: 'days',
      min: 14,
      max: 91,
      source: ['001', '004'],
    });
    expect(CLINIC_DEFAULT_FIELDS.cautiousStartAgeDays).toMatchObject({ unit: 'days', min: 28, max: 91 });
    expect(CLINIC_DEFAULT_FIELDS.courseSessions).toMatchObject({
      unit: 'sessions',
      default: 10,
      min: 10,
      max: 25,
      source: ['001', '002'],
    });
    expect(DEFAULT_CLINIC_DEFAULTS.courseSessions).toBe(10);
    expect(CLINIC_DEFAULT_FIELDS.breakBetweenCoursesDays).toMatchObject({ unit: 'days', min: 14, max: 182 });
    expect(CLINIC_DEFAULT_FIELDS.firstYearCourseEveryMonths).toMatchObject({ unit: 'months', min: 2, max: 3 });
    expect(CLINIC_DEFAULT_FIELDS.firstSessionMinutes).toMatchObject({ unit: 'minutes', min: 1, max: 10 });
    expect(CLINIC_DEFAULT_FIELDS.sessionGrowthMinutes).toMatchObject({ unit: 'minutes', min: 1, max: 3 });
    expect(CLINIC_DEFAULT_FIELDS.sessionMaxMinutesUnder2Months).toMatchObject({ unit: 'minutes', min: 5, max: 10 });
    expect(CLINIC_DEFAULT_FIELDS.sessionMaxMinutes2To6Months).toMatchObject({ unit: 'minutes', min: 15, max: 30 });
    expect(CLINIC_DEFAULT_FIELDS.sessionMaxMinutesFrom6Months).toMatchObject({
      unit: 'minutes',
      min: 25,
      max: 45,
      source: ['002'],
    });
  });

  it('has a default inside its own range and a label for every field', () => {
    for (const field of CLINIC_DEFAULT_FIELD_IDS) {
      const description = CLINIC_DEFAULT_FIELDS[field];
      expect(description.default).toBeGreaterThanOrEqual(description.min);
      expect(description.default).toBeLessThanOrEqual(description.max);
      expect(description.label).not.toBe('');
      expect(description.sourceNote).not.toBe('');
    }
  });
});

describe('validateClinicDefaults', () => {
  const withValues = (changes: Partial<ClinicDefaults>) => ({ ...DEFAULT_CLINIC_DEFAULTS, ...changes });

  it('accepts the edges of the source ranges', () => {
    expect(validateClinicDefaults(withValues({ minimumStartAgeDays: 14, cautiousStartAgeDays: 28 })).ok).toBe(true);
    expect(validateClinicDefaults(withValues({ minimumStartAgeDays: 91, cautiousStartAgeDays: 91 })).ok).toBe(true);
    expect(validateClinicDefaults(withValues({ courseSessions: 25 })).ok).toBe(true);
    expect(validateClinicDefaults(withValues({ sessionMaxMinutesFrom6Months: 45 })).ok).toBe(true);
  });

  it('refuses values outside the source ranges, one message per field', () => {
    const result = validateClinicDefaults(
      withValues({
        minimumStartAgeDays: 13,
        courseSessions: 9,
        sessionMaxMinutesFrom6Months: 46,
        breakBetweenCoursesDays: 183,
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual([
      'breakBetweenCoursesDays',
      'courseSessions',
      'minimumStartAgeDays',
      'sessionMaxMinutesFrom6Months',
    ]);
    expect(result.errors.minimumStartAgeDays).toBe(
      'Minimum age to start a course must be between 14 and 91 days (the range the sources give).',
    );
    expect(result.errors.courseSessions).toBe(
      'Sessions in a course must be between 10 and 25 sessions (the range the sources give).',
    );
  });

  it('refuses a minimum age above the warning age', () => {
    const result = validateClinicDefaults(withValues({ minimumStartAgeDays: 50, cautiousStartAgeDays: 42 }));
    expect(result).toEqual({
      ok: false,
      errors: { cautiousStartAgeDays: 'The warning age (42 days) cannot be below the minimum age (50 days).' },
    });
  });

  it('accepts a minimum age equal to the warning age (no warning window)', () => {
    expect(validateClinicDefaults(withValues({ minimumStartAgeDays: 42, cautiousStartAgeDays: 42 })).ok).toBe(true);
  });

  it('refuses sessions that get shorter as the baby grows', () => {
    const result = validateClinicDefaults(
      withValues({
        sessionMaxMinutesUnder2Months: 10,
        sessionMaxMinutes2To6Months: 15,
        sessionMaxMinutesFrom6Months: 25,
      }),
    );
    expect(result.ok).toBe(true);
    const shorter = validateClinicDefaults(
      withValues({ sessionMaxMinutes2To6Months: 30, sessionMaxMinutesFrom6Months: 25 }),
    );
    expect(shorter).toEqual({
      ok: false,
      errors: {
        sessionMaxMinutesFrom6Months:
          'Sessions from 6 months (25 min) cannot be shorter than from 2 to 6 months (30 min).',
      },
    });
  });

  it('requires whole numbers for every field', () => {
    const result = validateClinicDefaults({
      ...DEFAULT_CLINIC_DEFAULTS,
      courseSessions: 10.5,
      breakBetweenCoursesDays: '60',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        courseSessions: 'Sessions in a course must be a whole number of sessions.',
        breakBetweenCoursesDays: 'Break before the next course must be a whole number of days.',
      },
    });
  });

  it('reports every field of an empty or non-object input', () => {
    for (const input of [{}, null, 'x', undefined]) {
      const result = validateClinicDefaults(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(Object.keys(result.errors)).toHaveLength(10);
    }
  });

  it('rejects NaN and Infinity', () => {
    const result = validateClinicDefaults({
      ...DEFAULT_CLINIC_DEFAULTS,
      minimumStartAgeDays: Number.NaN,
      courseSessions: Infinity,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['courseSessions', 'minimumStartAgeDays']);
  });
});
