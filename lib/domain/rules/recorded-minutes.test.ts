import { describe, expect, it } from 'vitest';
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
      '10 min is far above the 6 min planned for this session: a course lengthens its sessions step by step.',
    );
  });

  it("warns above the age's longest session, even close to the plan", () => {
    expect(recordedMinutesWarning(15, 14, 15)).toBeNull();
    expect(recordedMinutesWarning(16, 14, 15)).toBe(
      '16 min is longer than a session at this age may last (at most 15 min); 14 min were planned.',
    );
  });
});
