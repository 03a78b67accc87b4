import { describe, expect, it } from 'vitest';
import { scriptRuns } from './script-runs';

describe('scriptRuns', () => {
  it('keeps Latin text in one run', () => {
    expect(scriptRuns('Anna Smith, 3 min.')).toEqual([{ script: 'latin', text: 'Anna Smith, 3 min.' }]);
  });

  it('cuts where the script changes, spaces and punctuation drawn in the Latin file (the Cyrillic one lacks them)', () => {
    expect(scriptRuns('Notes: Малыш, спокоен. Good')).toEqual([
      { script: 'latin', text: 'Notes: ' },
      { script: 'cyrillic', text: 'Малыш' },
      { script: 'latin', text: ', ' },
      { script: 'cyrillic', text: 'спокоен' },
      { script: 'latin', text: '. Good' },
    ]);
  });

  it('gives nothing for empty text', () => {
    expect(scriptRuns('')).toEqual([]);
  });
});
