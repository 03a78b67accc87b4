import { describe, expect, it } from 'vitest';
import { previousValues, type FieldValues } from './record-corrections';

describe('previousValues', () => {
  const before: FieldValues = { firstName: 'Ana', notes: '', gestationalAgeDays: null, guardianIds: ['a', 'b'] };

  it('keeps the old value of each changed field only', () => {
    expect(previousValues(before, { ...before, firstName: 'Anna', gestationalAgeDays: 227 })).toEqual({
      firstName: 'Ana',
      gestationalAgeDays: null,
    });
  });

  it('compares lists by their items, in order', () => {
    expect(previousValues(before, { ...before, guardianIds: ['a', 'b'] })).toEqual({});
    expect(previousValues(before, { ...before, guardianIds: ['a'] })).toEqual({ guardianIds: ['a', 'b'] });
  });
});
