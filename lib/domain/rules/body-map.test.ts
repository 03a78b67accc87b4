import { describe, expect, it } from 'vitest';
import { AREA_HANDS } from './body-map';
import { BODY_AREAS } from './techniques';

// The drawing's arrows must say what the rule book's words say (issue 9).
describe('AREA_HANDS', () => {
  it('draws the tummy clockwise, as the rule book says, and never the other way', () => {
    expect(BODY_AREAS.TUMMY.direction).toMatch(/^Clockwise only/);
    expect(AREA_HANDS.TUMMY.hands).toBe('CLOCKWISE');
  });

  it('draws the limbs towards the body: from the hand to the shoulder, from the foot to the thigh', () => {
    expect(BODY_AREAS.ARMS_HANDS.direction).toMatch(/^From the hand up to the shoulder/);
    expect(BODY_AREAS.LEGS_FEET.direction).toMatch(/^From the foot up to the thigh/);
    expect(AREA_HANDS.ARMS_HANDS.hands).toBe('TOWARDS_CENTRE');
    expect(AREA_HANDS.LEGS_FEET.hands).toBe('TOWARDS_CENTRE');
  });

  it('draws the chest and the face from the middle outwards, and the back beside the spine', () => {
    expect(BODY_AREAS.CHEST.direction).toMatch(/^From the middle of the chest out/);
    expect(BODY_AREAS.HEAD_FACE.direction).toMatch(/from the middle of the forehead to the temples/);
    expect(BODY_AREAS.BACK.direction).toMatch(/beside the spine/);
    expect(AREA_HANDS.CHEST.hands).toBe('OUT_FROM_CENTRE');
    expect(AREA_HANDS.HEAD_FACE.hands).toBe('OUT_FROM_CENTRE');
    expect(AREA_HANDS).toMatchObject({ BACK: { hands: 'BESIDE_SPINE', view: 'BACK' } });
  });
});
