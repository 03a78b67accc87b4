import { describe, expect, it } from 'vitest';
import { TIMING_FIGURES, TIMING_RULES, TIMING_TOPIC_LABELS, WARNING_SIGNS } from './timing-rules';

describe('timing and safety rules', () => {
  it('covers every topic shown to therapists and parents', () => {
    const topics = new Set(TIMING_RULES.map((rule) => rule.topic));
    expect([...topics].sort()).toEqual(Object.keys(TIMING_TOPIC_LABELS).sort());
  });

  it('has unique ids', () => {
    const ids = TIMING_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    const signIds = WARNING_SIGNS.map((sign) => sign.id);
    expect(new Set(signIds).size).toBe(signIds.length);
  });

  it('states the figures of the texts', () => {
    expect(TIMING_FIGURES.roomTemperatureC).toMatchObject({ min: 23, max: 26 });
    expect(TIMING_FIGURES.minutesAfterFeed).toMatchObject({ min: 40, max: 60 });
    expect(TIMING_FIGURES.tummyMinutesAfterFeed).toMatchObject({ min: 30, source: ['004'] });
    expect(TIMING_FIGURES.footMassageHoursBeforeSleep).toMatchObject({ min: 2, source: ['003'] });
    expect(TIMING_FIGURES.bestHours).toMatchObject({ from: '08:00', to: '15:00', source: ['002'] });
    expect(TIMING_FIGURES.bathTemperatureC).toMatchObject({ min: 33, max: 35 });
    expect(TIMING_FIGURES.bathMinutes).toMatchObject({ min: 5, max: 10 });
    expect(TIMING_RULES.find((rule) => rule.id === 'ROOM')?.text).toBe('A warm room, 23–26 °C, aired beforehand.');
  });

  it('separates signs that mean calling the clinic from a fussy baby', () => {
    const call = WARNING_SIGNS.filter((sign) => sign.action === 'STOP_AND_CALL_CLINIC').map((sign) => sign.id);
    expect(call).toEqual([
      'FEVER',
      'RASH_AFTER_MASSAGE',
      'PAIN',
      'LIMB_OR_JOINT',
      'STOMACH_UPSET',
      'COLD_OR_INFECTION',
      'HERNIA_BULGE',
    ]);
    const later = WARNING_SIGNS.filter((sign) => sign.action === 'STOP_AND_TRY_LATER').map((sign) => sign.id);
    expect(later).toEqual(['CRIES_OR_TURNS_AWAY', 'HEAD_LIFTED_DURING_NECK_WORK']);
  });
});
