import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/lib/i18n/translator';
import { parseIsoDate as iso } from '../calendar-date';
import { homeDeliveryRefusals, restBreakBreach, stepLimitBreaches } from './condition-limits';
import type { StepTraits } from './step-traits';
import type { TherapeuticConditionCode } from './therapeutic-conditions';

const plain: StepTraits = { loads: [], worksNeck: false, professionalOnly: false };
const hips: StepTraits = { ...plain, loads: ['HIPS'] };
const inEnglish = translatorFor('en');
const inRussian = translatorFor('ru');

describe('stepLimitBreaches', () => {
  it('stops hip-loading steps for hip dysplasia, with the reason and source', () => {
    const breaches = stepLimitBreaches({ technique: 'PASSIVE_GYMNASTICS' }, hips, ['HIP_DYSPLASIA']);
    expect(breaches.map((breach) => ({ ...breach, message: inEnglish(breach.message) }))).toEqual([
      {
        condition: 'HIP_DYSPLASIA',
        message:
          'not for Hip dysplasia: no exercise or position that loads, bends or rotates the hips: hip work is "exclusively when there is no pathology" (001).',
        source: ['001'],
      },
    ]);
    expect(stepLimitBreaches({ technique: 'PASSIVE_GYMNASTICS' }, plain, ['HIP_DYSPLASIA'])).toEqual([]);
    expect(stepLimitBreaches({ technique: 'PASSIVE_GYMNASTICS' }, hips, ['COLIC'])).toEqual([]);
  });

  it('keeps rickets to stroking and light rubbing', () => {
    expect(stepLimitBreaches({ technique: 'STROKING' }, plain, ['RICKETS'])).toEqual([]);
    expect(stepLimitBreaches({ technique: 'RUBBING' }, plain, ['RICKETS'])).toEqual([]);
    for (const technique of ['TAPPING', 'VIBRATION', 'SAWING', 'KNEADING', 'PINCHING', 'PASSIVE_GYMNASTICS'] as const) {
      expect(stepLimitBreaches({ technique }, plain, ['RICKETS']).map((breach) => breach.condition)).toEqual([
        'RICKETS',
      ]);
    }
  });

  it('ignores a condition code this version does not know', () => {
    expect(stepLimitBreaches({ technique: 'TAPPING' }, hips, ['GONE' as TherapeuticConditionCode])).toEqual([]);
  });
});

describe('homeDeliveryRefusals', () => {
  it('refuses home for the courses the texts reserve for a professional', () => {
    expect(homeDeliveryRefusals(['TORTICOLLIS']).map((refusal) => inEnglish(refusal.message))).toEqual([
      'Torticollis (wry neck): clinic sessions only, not at home: neck work is prescribed by a neurologist and better entrusted to a specialist; without training do not touch the neck (001).',
    ]);
    expect(homeDeliveryRefusals(['RICKETS', 'UMBILICAL_HERNIA', 'INGUINAL_HERNIA', 'HIP_DYSPLASIA'])).toHaveLength(4);
  });

  it('lets a parent do the others at home', () => {
    expect(homeDeliveryRefusals(['COLIC', 'CONSTIPATION', 'HYPERTONIA', 'HYPOTONIA', 'FLAT_FEET'])).toEqual([]);
    expect(homeDeliveryRefusals([])).toEqual([]);
  });
});

describe('restBreakBreach', () => {
  const dates = (...days: string[]) => days.map(iso);

  it('allows hypertonia rests of up to 2 days between sessions', () => {
    expect(restBreakBreach(['HYPERTONIA'], dates('2026-12-01', '2026-12-04', '2026-12-05'))).toBeNull();
  });

  it('refuses a third rest day in a row with hypertonia', () => {
    const breach = restBreakBreach(['HYPERTONIA'], dates('2026-12-01', '2026-12-02', '2026-12-06'));
    expect(breach && inEnglish(breach)).toBe(
      'Muscle hypertonia (high tone): with hypertonia the course is more intensive, with rest breaks of up to 2 days (001): this schedule rests 3 days in a row. Choose days, rests or days off with at most 2 rest days between sessions.',
    );
  });

  it("says so in Russian, in the rule book's Russian words", () => {
    const breach = restBreakBreach(['HYPERTONIA'], dates('2026-12-01', '2026-12-02', '2026-12-06'));
    expect(breach && inRussian(breach)).toMatch(
      /^Мышечный гипертонус.*: в этом расписании перерыв 3 дня подряд\. .*не больше 2 дней отдыха\.$/,
    );
  });

  it('leaves the schedule alone without hypertonia, or with a single session', () => {
    expect(restBreakBreach(['COLIC'], dates('2026-12-01', '2026-12-10'))).toBeNull();
    expect(restBreakBreach(['HYPERTONIA'], dates('2026-12-01'))).toBeNull();
  });
});
