import { describe, expect, it } from 'vitest';
import { ZGuidelinesParams } from './guidelines-params';

describe('the guidelines’ address', () => {
  it('reads the chapter asked for, the first of repeated values, and the whole book', () => {
    expect(ZGuidelinesParams.parse({ chapter: 'contraindications' })).toEqual({ chapter: 'contraindications' });
    expect(ZGuidelinesParams.parse({ chapter: ['timing', 'sources'] })).toEqual({ chapter: 'timing' });
    expect(ZGuidelinesParams.parse({ chapter: 'all' })).toEqual({ chapter: 'all' });
  });

  it('opens the first chapter when the address names none it knows', () => {
    for (const chapter of [undefined, '', 'Contraindications', 'chapters', '../admin'])
      expect(ZGuidelinesParams.parse({ chapter }).chapter).toBe('sources');
  });
});
