import { describe, expect, it } from 'vitest';
import { conditionsOfIcd10Code, conditionsOfIndication } from './indication-conditions';

describe('conditionsOfIcd10Code', () => {
  it('finds the condition whose prefix the code starts with, in any case and spacing', () => {
    expect(conditionsOfIcd10Code('K59.0')).toEqual(['CONSTIPATION']);
    expect(conditionsOfIcd10Code(' q65.1 ')).toEqual(['HIP_DYSPLASIA']);
    expect(conditionsOfIcd10Code('K42.9')).toEqual(['UMBILICAL_HERNIA']);
  });

  it('finds nothing for a broader code than a prefix, an unknown code or an empty one', () => {
    expect(conditionsOfIcd10Code('K59')).toEqual([]);
    expect(conditionsOfIcd10Code('Z00.1')).toEqual([]);
    expect(conditionsOfIcd10Code('')).toEqual([]);
  });
});

describe('conditionsOfIndication', () => {
  it('takes the stored code first', () => {
    expect(
      conditionsOfIndication({ kind: 'THERAPEUTIC', diagnosis: 'Colic and flat feet', icd10Code: 'M21.4' }),
    ).toEqual(['FLAT_FEET']);
  });

  it('reads the diagnosis text when there is no code, or one that names no known condition', () => {
    expect(conditionsOfIndication({ kind: 'THERAPEUTIC', diagnosis: 'Colic and flat feet', icd10Code: null })).toEqual([
      'COLIC',
      'FLAT_FEET',
    ]);
    expect(conditionsOfIndication({ kind: 'THERAPEUTIC', diagnosis: 'Colic', icd10Code: 'Z00.1' })).toEqual(['COLIC']);
  });
});
