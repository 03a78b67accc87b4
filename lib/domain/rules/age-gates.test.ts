import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/lib/i18n/translator';
import { checkAgeGate } from './age-gates';
import { DEFAULT_CLINIC_DEFAULTS } from './clinic-defaults';

/** The gate with its message read in English (it is a catalog reference). */
function gateInEnglish(...args: Parameters<typeof checkAgeGate>) {
  const gate = checkAgeGate(...args);
  return { ...gate, message: translatorFor('en')(gate.message) };
}

const healed = { umbilicalWoundHealed: true };

describe('checkAgeGate with the default clinic settings', () => {
  it('refuses at 20 days and allows with a warning at 21 days', () => {
    expect(gateInEnglish(20, DEFAULT_CLINIC_DEFAULTS, healed)).toEqual({
      allowed: false,
      level: 'REFUSE',
      message:
        'Too young to start a massage course: 20 days (2 weeks). The clinic starts courses from 21 days (3 weeks).',
      tummyAllowed: true,
    });
    expect(gateInEnglish(21, DEFAULT_CLINIC_DEFAULTS, healed)).toMatchObject({ allowed: true, level: 'WARN' });
  });

  it('warns at 41 days and is OK at 42 days', () => {
    const at41 = gateInEnglish(41, DEFAULT_CLINIC_DEFAULTS, healed);
    expect(at41).toMatchObject({ allowed: true, level: 'WARN', tummyAllowed: true });
    expect(at41.message).toBe(
      'Young for a massage course: 41 days (5 weeks). The clinic advises waiting until 42 days (6 weeks); if starting now, gentle stroking only and short sessions.',
    );
    expect(gateInEnglish(42, DEFAULT_CLINIC_DEFAULTS, healed)).toEqual({
      allowed: true,
      level: 'OK',
      message: 'Age 42 days (6 weeks): a course may start.',
      tummyAllowed: true,
    });
  });

  it('refuses a newborn and allows a one-year-old', () => {
    expect(gateInEnglish(0, DEFAULT_CLINIC_DEFAULTS, healed).level).toBe('REFUSE');
    expect(gateInEnglish(365, DEFAULT_CLINIC_DEFAULTS, healed)).toMatchObject({ allowed: true, level: 'OK' });
  });

  it('forbids tummy work until the umbilical wound is recorded as healed', () => {
    const result = gateInEnglish(60, DEFAULT_CLINIC_DEFAULTS, { umbilicalWoundHealed: false });
    expect(result).toEqual({
      allowed: true,
      level: 'WARN',
      message:
        'Age 60 days (8 weeks): a course may start. No tummy work until the umbilical wound is recorded as healed.',
      tummyAllowed: false,
    });
    expect(gateInEnglish(30, DEFAULT_CLINIC_DEFAULTS, { umbilicalWoundHealed: false }).message).toContain(
      'No tummy work until the umbilical wound is recorded as healed.',
    );
  });

  it('says plainly that a premature baby before the due date is not yet at term', () => {
    expect(gateInEnglish(-1, DEFAULT_CLINIC_DEFAULTS, healed)).toEqual({
      allowed: false,
      level: 'REFUSE',
      message:
        'The baby is not yet at term, 1 day before the due date (corrected age): too young for a massage course. The clinic starts courses from 21 days (3 weeks) of corrected age.',
      tummyAllowed: false,
    });
  });

  it('says it in Russian', () => {
    expect(
      translatorFor('ru')(checkAgeGate(30, DEFAULT_CLINIC_DEFAULTS, { umbilicalWoundHealed: false }).message),
    ).toBe(
      'Ранний возраст для курса массажа: 30 дней (4 недели). Клиника советует начинать курс с возраста 42 дня (6 недель); если начинать сейчас — только мягкое поглаживание и короткие занятия. Живот не массировать, пока не отмечено заживление пупочной ранки.',
    );
  });

  it('refuses an age it cannot read', () => {
    for (const age of [Number.NaN, Infinity]) {
      expect(gateInEnglish(age, DEFAULT_CLINIC_DEFAULTS, healed)).toMatchObject({
        allowed: false,
        level: 'REFUSE',
        tummyAllowed: false,
      });
    }
  });
});

describe('checkAgeGate with a clinic that starts later', () => {
  const clinic = { ...DEFAULT_CLINIC_DEFAULTS, minimumStartAgeDays: 61, cautiousStartAgeDays: 91 };

  it('uses the clinic settings for both boundaries', () => {
    expect(gateInEnglish(60, clinic, healed).level).toBe('REFUSE');
    expect(gateInEnglish(61, clinic, healed).level).toBe('WARN');
    expect(gateInEnglish(90, clinic, healed).level).toBe('WARN');
    expect(gateInEnglish(91, clinic, healed).level).toBe('OK');
  });

  it('skips the warning window when both ages are equal', () => {
    const noWindow = { ...DEFAULT_CLINIC_DEFAULTS, minimumStartAgeDays: 42, cautiousStartAgeDays: 42 };
    expect(gateInEnglish(41, noWindow, healed).level).toBe('REFUSE');
    expect(gateInEnglish(42, noWindow, healed).level).toBe('OK');
  });
});
