import { describe, expect, it } from 'vitest';
import { directionPhraseProblems } from './direction-phrases';
import { AREA_PLAN, type PlanEntry } from './routine-steps';
import { BODY_AREA_IDS, type BodyArea, type Technique } from './techniques';
import { CONDITION_STEPS } from './therapeutic-conditions';

const ids = (area: BodyArea, technique: Technique, direction: string) =>
  directionPhraseProblems({ area, technique, direction }).map((rule) => rule.id);

describe('directionPhraseProblems', () => {
  it('catches work on the spine itself, and not work beside it', () => {
    expect(ids('BACK', 'STROKING', 'Stroke along the spine itself.')).toEqual(['ON_THE_SPINE']);
    expect(ids('BACK', 'KNEADING', 'Knead down the spine')).toEqual(['ON_THE_SPINE']);
    expect(ids('BACK', 'STROKING', 'Beside the spine, about 1 cm away; never on the spine itself.')).toEqual([]);
    expect(ids('BACK', 'STROKING', 'Beside the spine, not on the spine.')).toEqual([]);
  });

  it('catches anticlockwise tummy work wherever it is written', () => {
    expect(ids('TUMMY', 'STROKING', 'Anticlockwise circles round the navel.')).toEqual(['TUMMY_ANTICLOCKWISE']);
    expect(ids('TUMMY', 'RUBBING', 'counter-clockwise')).toEqual(['TUMMY_ANTICLOCKWISE']);
    expect(ids('CHEST', 'STROKING', 'Down to the tummy, anti-clockwise.')).toEqual(['TUMMY_ANTICLOCKWISE']);
    expect(ids('TUMMY', 'STROKING', 'Clockwise, never anticlockwise.')).toEqual([]);
    // 003 twiddles each toe both ways.
    expect(ids('LEGS_FEET', 'STROKING', 'Twiddle each toe clockwise and counterclockwise.')).toEqual([]);
  });

  it('catches a zone never massaged, unless the clause denies it', () => {
    expect(ids('LEGS_FEET', 'STROKING', 'Stroke the inner thigh up to the groin.')).toEqual([
      'LYMPH_NODES_GROIN',
      'INNER_THIGH',
    ]);
    expect(ids('HEAD_FACE', 'STROKING', 'Circle over the fontanelle.')).toEqual(['FONTANELLE']);
    expect(ids('ARMS_HANDS', 'STROKING', 'Up to the shoulder; skip the armpit.')).toEqual([]);
    expect(ids('LEGS_FEET', 'STROKING', 'Never the inner thigh, the knee or the hollow under it.')).toEqual([]);
  });

  it('lets an exercise hold the baby under the armpits', () => {
    expect(ids('LEGS_FEET', 'PASSIVE_GYMNASTICS', 'Lift by the armpits for a few steps.')).toEqual([]);
  });

  it("passes every direction of the rule book's own steps", () => {
    const directions = [
      ...BODY_AREA_IDS.flatMap((area) =>
        (AREA_PLAN[area] as readonly PlanEntry[]).map((entry) => ({ area, ...entry })),
      ),
      ...Object.values(CONDITION_STEPS),
    ];
    for (const step of directions)
      expect([step.direction, directionPhraseProblems(step)]).toEqual([step.direction, []]);
  });
});
