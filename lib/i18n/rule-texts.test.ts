import { describe, expect, it } from 'vitest';
import enRules from '@/messages/en/rules.json';
import { ruleTextsFromDomain } from './rule-texts';

describe("the rule book's texts in the catalogs", () => {
  it('say in English exactly what the domain says, under the same ids (edit both, and Russian, together)', () => {
    expect(enRules).toEqual(ruleTextsFromDomain());
  });
});
