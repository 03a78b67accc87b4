import { describe, expect, it } from 'vitest';
import { AREA_PLAN } from './routine-steps';
import { isTechniqueUsedOnArea, type BodyArea } from './techniques';

describe('AREA_PLAN', () => {
  it('only plans techniques that belong on the area', () => {
    for (const [area, entries] of Object.entries(AREA_PLAN)) {
      for (const entry of entries) {
        expect(isTechniqueUsedOnArea(entry.technique, area as BodyArea), `${entry.technique} on ${area}`).toBe(true);
      }
    }
  });
});
