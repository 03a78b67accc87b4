import { describe, expect, it } from 'vitest';
import { AREA_PLAN, BODY_AREA_IDS, BODY_AREAS, CONDITION_STEPS, type PlanEntry } from '@/lib/domain/rules';
import ruRules from '@/messages/ru/rules.json';
import { localizeDirection, localizeDirections, ruleDirectionTexts } from './rule-directions';
import { ruleDirectionKey } from './rule-direction-keys';
import { translatorFor } from './translator';

const english = translatorFor('en');
const russian = translatorFor('ru');

/** Every direction text the rule book can propose. */
const PROPOSABLE = [
  ...BODY_AREA_IDS.flatMap((area) => (AREA_PLAN[area] as readonly PlanEntry[]).map((entry) => entry.direction)),
  ...Object.values(CONDITION_STEPS).map((step) => step.direction),
];

describe('a stored direction in the reader’s language', () => {
  it('has a catalog entry for every direction the rule book can propose, saying it in English word for word', () => {
    for (const direction of PROPOSABLE) {
      expect(ruleDirectionKey(direction), direction).not.toBeNull();
      expect(localizeDirection(direction, english)).toBe(direction);
    }
  });

  it('has its own Russian for each of them, not the English left in place', () => {
    for (const direction of PROPOSABLE) {
      const translated = localizeDirection(direction, russian);
      expect(translated, direction).not.toBe(direction);
      expect(translated, direction).toMatch(/[а-яё]/i);
    }
  });

  it('reads the rule book’s text in Russian from the catalog', () => {
    expect(localizeDirection(AREA_PLAN.LEGS_FEET[2].direction, russian)).toBe(ruRules.areaPlan.LEGS_FEET['3']);
    expect(localizeDirection(BODY_AREAS.TUMMY.direction, russian)).toBe(ruRules.bodyAreas.TUMMY.direction);
    expect(localizeDirection(CONDITION_STEPS.SOLE_RUB.direction, russian)).toBe(ruRules.conditionSteps.SOLE_RUB);
    expect(localizeDirection(AREA_PLAN.WHOLE_BODY[1].direction, russian)).toBe(ruRules.areaPlan.WHOLE_BODY['2']);
  });

  it('shows a direction the doctor edited exactly as written, in any language', () => {
    const edited = `${AREA_PLAN.LEGS_FEET[2].direction} Skip the left leg this week.`;
    expect(ruleDirectionKey(edited)).toBeNull();
    expect(localizeDirection(edited, russian)).toBe(edited);
    expect(localizeDirection('  ', russian)).toBe('  ');
    // Text that looks like a catalog reference is still the doctor's words.
    expect(localizeDirection('i18n:rules.bodyAreas.TUMMY.direction', russian)).toBe(
      'i18n:rules.bodyAreas.TUMMY.direction',
    );
  });

  it('translates each step and keeps the rest of it', () => {
    const steps = [
      { area: 'TUMMY', direction: BODY_AREAS.TUMMY.direction, minutes: 1 },
      { area: 'TUMMY', direction: 'Only the right side today.', minutes: 2 },
    ];
    expect(localizeDirections(steps, russian)).toEqual([
      { area: 'TUMMY', direction: ruRules.bodyAreas.TUMMY.direction, minutes: 1 },
      { area: 'TUMMY', direction: 'Only the right side today.', minutes: 2 },
    ]);
  });
});

describe('the directions the prescribe form is sent', () => {
  it('are none for an English reader, who reads the rule book as it is', () => {
    expect(ruleDirectionTexts(english)).toEqual({});
  });

  it('hold every proposable direction in Russian for a Russian reader, by its English', () => {
    const texts = ruleDirectionTexts(russian);
    expect(Object.keys(texts)).toEqual(expect.arrayContaining(PROPOSABLE));
    expect(texts[AREA_PLAN.TUMMY[2].direction]).toBe(ruRules.areaPlan.TUMMY['3']);
  });
});
