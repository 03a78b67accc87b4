import { describe, expect, it } from 'vitest';
import { translatable } from '@/lib/i18n/translatable';
import { FAR_ABOVE_PLAN_RATIO, recordedMinutesWarning } from './recorded-minutes';

describe('recordedMinutesWarning', () => {
  it('says nothing up to one and a half times the plan, within the age’s limit', () => {
    expect(FAR_ABOVE_PLAN_RATIO).toBe(1.5);
    expect(recordedMinutesWarning(null, 6, 15)).toBeNull();
    expect(recordedMinutesWarning(9, 6, 15)).toBeNull();
    expect(recordedMinutesWarning(2, 6, 15)).toBeNull();
  });

  it('warns just above one and a half times the plan', () => {
    expect(recordedMinutesWarning(10, 6, 15)).toBe(
      translatable('sessions.form.minutesWarning.farAbovePlan', { actual: 10, planned: 6 }),
    );
  });

  it("warns above the age's longest session, even close to the plan", () => {
    expect(recordedMinutesWarning(15, 14, 15)).toBeNull();
    expect(recordedMinutesWarning(16, 14, 15)).toBe(
      translatable('sessions.form.minutesWarning.aboveAgeMax', { actual: 16, max: 15, planned: 14 }),
    );
  });
});
