import {
  AREA_PLAN,
  BODY_AREA_IDS,
  BODY_AREAS,
  CONDITION_STEPS,
  CONTRAINDICATIONS,
  DIRECTION_RULES,
  COURSE_GUIDANCE,
  FOOT_MASSAGE_BANDS,
  frequencyGuidance,
  INDICATION_KINDS,
  NEW_EXERCISE_RULE,
  type BodyArea,
  type PlanEntry,
  SESSION_BANDS,
  SESSION_GROWTH_GUIDANCE,
  UMBILICAL_WOUND_RULE,
  NEVER_MASSAGED_ZONES,
  SOURCES,
  TECHNIQUES,
  THERAPEUTIC_CONDITIONS,
  type TherapeuticCondition,
  TIMING_RULES,
  TIMING_TOPIC_LABELS,
  WARNING_SIGNS,
} from '@/lib/domain/rules';
import { ownPlanDirections } from './rule-direction-keys';

function mapValues<T extends object, R>(record: T, pick: (value: T[keyof T]) => R): Record<keyof T, R> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, pick(value as T[keyof T])])) as Record<
    keyof T,
    R
  >;
}

/** The frequencies the rule book tells apart, as the guidelines list them. */
export const FREQUENCY_CASES = {
  PREVENTIVE: frequencyGuidance('PREVENTIVE'),
  THERAPEUTIC_MILD: frequencyGuidance('THERAPEUTIC'),
  THERAPEUTIC_MARKED: frequencyGuidance('THERAPEUTIC', { painMarked: true }),
  THERAPEUTIC_HYPERTONIA: frequencyGuidance('THERAPEUTIC', { hypertonia: true }),
  CORRECTIVE: frequencyGuidance('CORRECTIVE'),
};

/** An exercise of an area's plan with an age window, keyed by its place in that plan ("2"). */
export type PlannedExercise = PlanEntry & { area: BodyArea; key: string; fromAgeDays: number };

/** Every exercise with an age window, youngest first: the guidelines' list. */
export const PLANNED_EXERCISES: readonly PlannedExercise[] = BODY_AREA_IDS.flatMap((area) =>
  (AREA_PLAN[area] as readonly PlanEntry[]).flatMap((entry, index) =>
    entry.fromAgeDays === undefined ? [] : [{ ...entry, area, key: String(index + 1), fromAgeDays: entry.fromAgeDays }],
  ),
).sort((a, b) => a.fromAgeDays - b.fromAgeDays);

/** Numbered from 1 in the domain's order: a list read whole from the catalog. */
function numbered<T, R>(list: readonly T[], pick: (value: T) => R): Record<string, R> {
  return Object.fromEntries(list.map((item, index) => [String(index + 1), pick(item)]));
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
    indicationKinds: mapValues(INDICATION_KINDS, ({ label, purpose, prescribedBy, performedBy }) => ({
      label,
      purpose,
      prescribedBy,
      performedBy,
    })),
    umbilicalWound: UMBILICAL_WOUND_RULE.title,
    frequencies: mapValues(FREQUENCY_CASES, ({ text }) => text),
    firstYearCourses: COURSE_GUIDANCE.firstYearCourses.note,
    sessionBands: mapValues(SESSION_BANDS, ({ label, sourceNote }) => ({ label, sourceNote })),
    sessionGrowth: SESSION_GROWTH_GUIDANCE.note,
    newExercise: NEW_EXERCISE_RULE.text,
    footMassage: numbered(FOOT_MASSAGE_BANDS, ({ goals, note }) => ({ goals: numbered(goals, (goal) => goal), note })),
    areaPlan: Object.fromEntries(
      BODY_AREA_IDS.flatMap((area) => {
        const directions = ownPlanDirections(area);
        return Object.keys(directions).length === 0 ? [] : [[area, directions]];
      }),
    ),
    professionalReasons: Object.fromEntries(
      Object.entries(THERAPEUTIC_CONDITIONS).flatMap(([code, condition]) => {
        const reason = (condition as TherapeuticCondition).professionalReason;
        return reason ? [[code, reason]] : [];
      }),
    ),
  };
}
