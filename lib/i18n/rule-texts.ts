import {
  BODY_AREAS,
  CONDITION_STEPS,
  CONTRAINDICATIONS,
  DIRECTION_RULES,
  NEVER_MASSAGED_ZONES,
  SOURCES,
  TECHNIQUES,
  THERAPEUTIC_CONDITIONS,
  type TherapeuticCondition,
  TIMING_RULES,
  TIMING_TOPIC_LABELS,
  WARNING_SIGNS,
} from '@/lib/domain/rules';

function mapValues<T extends object, R>(record: T, pick: (value: T[keyof T]) => R): Record<keyof T, R> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, pick(value as T[keyof T])])) as Record<
    keyof T,
    R
  >;
}

function byId<T extends { id: string }, R>(list: readonly T[], pick: (value: T) => R): Record<string, R> {
  return Object.fromEntries(list.map((item) => [item.id, pick(item)]));
}

/**
 * The rule book's words as the domain states them (lib/domain/rules), by stable id: what
 * messages/en/rules.json must say. The domain stays the place a rule and its source live; the
 * catalogs hold each text in both languages under the same id, side by side for a clinician's
 * review. lib/i18n/rule-texts.test.ts fails when the English catalog and the domain differ, so
 * an edited rule cannot keep a stale translation key.
 */
export function ruleTextsFromDomain() {
  return {
    sourceSummaries: mapValues(SOURCES, ({ summary }) => summary),
    bodyAreas: mapValues(BODY_AREAS, ({ label, direction, benefit }) => ({ label, direction, benefit })),
    neverMassaged: mapValues(NEVER_MASSAGED_ZONES, ({ label, note }) => ({ label, note })),
    techniques: mapValues(TECHNIQUES, ({ label, how, sourceNote }) => ({ label, how, sourceNote })),
    directionRules: byId(DIRECTION_RULES, ({ text }) => text),
    timingTopics: { ...TIMING_TOPIC_LABELS },
    timingRules: byId(TIMING_RULES, ({ text }) => text),
    warningSigns: byId(WARNING_SIGNS, ({ sign, advice }) => ({ sign, advice })),
    contraindications: mapValues(CONTRAINDICATIONS, ({ label }) => label),
    conditions: mapValues(THERAPEUTIC_CONDITIONS, ({ label }) => label),
    conditionSteps: mapValues(CONDITION_STEPS, ({ direction }) => direction),
    // Numbered from 1 in the domain's order; a condition's limits by their kind.
    conditionAdvice: mapValues(THERAPEUTIC_CONDITIONS, ({ advice }) =>
      Object.fromEntries(advice.map((text, index) => [String(index + 1), text])),
    ),
    conditionLimits: mapValues(THERAPEUTIC_CONDITIONS, ({ limits }) =>
      Object.fromEntries(limits.map((limit) => [limit.kind, limit.reason])),
    ),
    professionalReasons: Object.fromEntries(
      Object.entries(THERAPEUTIC_CONDITIONS).flatMap(([code, condition]) => {
        const reason = (condition as TherapeuticCondition).professionalReason;
        return reason ? [[code, reason]] : [];
      }),
    ),
  };
}
