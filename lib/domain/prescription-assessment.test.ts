import { describe, expect, it } from 'vitest';
import { parseIsoDate as iso } from './calendar-date';
import { assessPrescription, type PrescriptionAssessmentInput } from './prescription-assessment';
import { CONTRAINDICATION_IDS, DEFAULT_CLINIC_DEFAULTS, type ScreeningAnswers } from './rules';

const allClear: ScreeningAnswers = Object.fromEntries(CONTRAINDICATION_IDS.map((id) => [id, false]));

function input(overrides: Partial<PrescriptionAssessmentInput> = {}): PrescriptionAssessmentInput {
  return {
    today: iso('2026-11-21'),
    startDate: iso('2026-11-21'),
    // 12 weeks old on the start date.
    child: { dateOfBirth: iso('2026-08-29'), gestationalAgeWeeks: null, umbilicalWoundHealedOn: iso('2026-09-15') },
    indicationKind: 'PREVENTIVE',
    diagnosis: 'Healthy infant',
    answers: allClear,
    minutesPerSession: 10,
    routine: null,
    defaults: DEFAULT_CLINIC_DEFAULTS,
    ...overrides,
  };
}

describe('assessPrescription', () => {
  it('accepts a healthy 12-week-old and proposes a routine that starts and ends with stroking', () => {
    const result = assessPrescription(input());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ageDays).toBe(84);
    expect(result.routine.at(0)?.technique).toBe('STROKING');
    expect(result.routine.at(-1)?.technique).toBe('STROKING');
    expect(result.warnings).toEqual([]);
  });

  it('blocks the course on an absolute contraindication, with the reason beside the checklist', () => {
    const result = assessPrescription(input({ answers: { ...allClear, HEART_DISEASE: true } }));
    expect(result).toEqual({
      ok: false,
      message: 'A contraindication blocks this course.',
      fieldErrors: { screening: ['Congenital heart defect or heart disease: no massage until a doctor clears it.'] },
    });
  });

  it('refuses an incomplete checklist', () => {
    const { FEVER: _unanswered, ...answers } = allClear as Record<string, boolean>;
    const result = assessPrescription(input({ answers }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors.screening).toEqual(['Answer every item of the contraindication checklist.']);
  });

  it('does not let a course start today with a fever, but accepts a later start', () => {
    const feverish = { ...allClear, FEVER: true };
    const today = assessPrescription(input({ answers: feverish }));
    expect(today.ok).toBe(false);
    if (!today.ok) expect(today.fieldErrors.startDate).toEqual(['Fever or high temperature: choose a start date after recovery, not today.']);

    expect(assessPrescription(input({ answers: feverish, startDate: iso('2026-11-25') })).ok).toBe(true);
  });

  it('removes an area with a local skin lesion from the proposed routine', () => {
    const result = assessPrescription(input({ answers: { ...allClear, SKIN_LESION_BACK: true } }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.routine.some((step) => step.area === 'BACK')).toBe(false);
    expect(result.routine.some((step) => step.area === 'LEGS_FEET')).toBe(true);
  });

  it('refuses a baby under the minimum age (21 days) and warns under the cautious age (42 days)', () => {
    const twentyDays = assessPrescription(input({ child: { dateOfBirth: iso('2026-11-01'), gestationalAgeWeeks: null, umbilicalWoundHealedOn: null } }));
    expect(twentyDays.ok).toBe(false);
    if (!twentyDays.ok) expect(twentyDays.fieldErrors.startDate?.[0]).toMatch(/^Too young to start a massage course: 20 days/);

    const twentyOneDays = assessPrescription(input({ child: { dateOfBirth: iso('2026-10-31'), gestationalAgeWeeks: null, umbilicalWoundHealedOn: iso('2026-11-14') }, minutesPerSession: 5 }));
    expect(twentyOneDays.ok).toBe(true);
    if (twentyOneDays.ok) expect(twentyOneDays.warnings[0]).toMatch(/^Young for a massage course: 21 days/);
  });

  it("uses a premature baby's corrected age: born at 32 weeks, 12 weeks old is 4 weeks corrected", () => {
    const result = assessPrescription(input({ child: { dateOfBirth: iso('2026-08-29'), gestationalAgeWeeks: 32, umbilicalWoundHealedOn: iso('2026-09-15') }, minutesPerSession: 5 }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ageDays).toBe(28);
    expect(result.warnings[0]).toMatch(/^Young for a massage course: 28 days/);
  });

  it('keeps tummy work out until the umbilical wound has healed by the start date', () => {
    const result = assessPrescription(input({ child: { dateOfBirth: iso('2026-08-29'), gestationalAgeWeeks: null, umbilicalWoundHealedOn: iso('2026-11-22') } }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.routine.some((step) => step.area === 'TUMMY')).toBe(false);
  });

  it('refuses more minutes than the age allows (15 between 2 and 6 months)', () => {
    const result = assessPrescription(input({ minutesPerSession: 20 }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors.minutesPerSession).toEqual(['At this age a session lasts at most 15 minutes.']);
  });

  it('proposes the next course from the age on its start date: at 6 months it gains kneading and a longer session', () => {
    // The same child's next course, after a break of about two months and a half.
    const now = assessPrescription(input());
    const next = assessPrescription(input({ today: iso('2027-02-28'), startDate: iso('2027-03-01'), minutesPerSession: 20 }));
    if (!now.ok || !next.ok) throw new Error('expected both courses to be accepted');
    expect([now.ageDays, next.ageDays]).toEqual([84, 184]);
    expect(now.routine.some((step) => step.technique === 'KNEADING')).toBe(false);
    expect(next.routine.some((step) => step.technique === 'KNEADING')).toBe(true);
    // 20 minutes is refused at 12 weeks (above) and accepted at 6 months.
    expect(assessPrescription(input({ minutesPerSession: 20 })).ok).toBe(false);
  });

  it("re-checks the doctor's edited routine and names the step at fault", () => {
    const proposed = assessPrescription(input());
    if (!proposed.ok) throw new Error('expected a proposal');
    const edited = proposed.routine.map((step, index) => (index === 1 ? { ...step, technique: 'TAPPING' as const } : step));
    const result = assessPrescription(input({ routine: edited }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors)).toContain('routine.1');
  });
});
