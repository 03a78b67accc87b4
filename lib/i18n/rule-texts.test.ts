import { describe, expect, it } from 'vitest';
import { SOURCES } from '@/lib/domain/rules';
import enCommon from '@/messages/en/common.json';
import enRules from '@/messages/en/rules.json';
import { ruleTextsFromDomain } from './rule-texts';

describe("the rule book's texts in the catalogs", () => {
  it('say in English exactly what the domain says, under the same ids (edit both, and Russian, together)', () => {
    expect(enRules).toEqual(ruleTextsFromDomain());
  });

  it("name the source texts in English by the domain's titles (common.json: citations are shown in forms too)", () => {
    expect(enCommon.sources.titles).toEqual(
      Object.fromEntries(Object.entries(SOURCES).map(([id, s]) => [id, s.title])),
    );
  });
});
