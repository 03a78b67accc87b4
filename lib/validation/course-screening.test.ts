import { describe, expect, it } from 'vitest';
import { parseStoredScreening } from './course-screening';

describe('parseStoredScreening', () => {
  it('reads the screening prescribeCourse stores, with the present items in checklist order', () => {
    const screening = parseStoredScreening({
      screenedOn: '2026-03-02',
      screenedById: 'doctor-1',
      answers: { SKIN_LESION_BACK: true, HEART_DISEASE: false, FEVER: true },
      excludedAreas: ['BACK'],
      postponedFor: ['Fever or high temperature'],
      warnings: ['Skin lesion…: leave out the back and buttocks until the skin has healed.'],
    });
    expect(screening).toEqual({
      screenedOn: '2026-03-02',
      screenedById: 'doctor-1',
      present: ['FEVER', 'SKIN_LESION_BACK'],
      excludedAreas: ['BACK'],
      postponedFor: ['Fever or high temperature'],
      warnings: ['Skin lesion…: leave out the back and buttocks until the skin has healed.'],
    });
  });

  it('drops items and areas this version does not know instead of failing the record', () => {
    const screening = parseStoredScreening({
      screenedOn: '2026-03-02',
      screenedById: 'doctor-1',
      answers: { RETIRED_ITEM: true, RICKETS: true },
      excludedAreas: ['ELBOWS', 'TUMMY'],
    });
    expect(screening).toMatchObject({ present: ['RICKETS'], excludedAreas: ['TUMMY'], postponedFor: [], warnings: [] });
  });

  it('reads nothing stored, or another shape, as no screening', () => {
    expect(parseStoredScreening(null)).toBeNull();
    expect(
      parseStoredScreening({ screenedOn: 'yesterday', screenedById: 'x', answers: {}, excludedAreas: [] }),
    ).toBeNull();
    expect(parseStoredScreening([])).toBeNull();
  });
});
