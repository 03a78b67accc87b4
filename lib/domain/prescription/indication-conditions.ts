import {
  matchCondition,
  THERAPEUTIC_CONDITION_CODES,
  THERAPEUTIC_CONDITIONS,
  type IndicationKind,
  type TherapeuticConditionCode,
} from '@/lib/domain/rules';

/** The indication a course treats, as the doctor recorded it. */
export type IndicationFacts = {
  kind: IndicationKind;
  diagnosis: string;
  /** The ICD-10 code recorded with the diagnosis, when there is one. */
  icd10Code: string | null;
};

/** The conditions whose prefixes a stored ICD-10 code starts with ("K59.0" is constipation). */
export function conditionsOfIcd10Code(code: string): TherapeuticConditionCode[] {
  const normalized = code.trim().toUpperCase();
  if (normalized === '') return [];
  return THERAPEUTIC_CONDITION_CODES.filter((condition) =>
    THERAPEUTIC_CONDITIONS[condition].icd10Prefixes.some((prefix) => normalized.startsWith(prefix)),
  );
}

/**
 * The therapeutic conditions an indication names. The stored code was chosen by the doctor, so
 * it wins; the diagnosis text is read only when there is no code, or one the rule book does not
 * know (a code outside its conditions, such as a routine check-up's Z00.1).
 */
export function conditionsOfIndication(indication: IndicationFacts): TherapeuticConditionCode[] {
  const fromCode = indication.icd10Code === null ? [] : conditionsOfIcd10Code(indication.icd10Code);
  return fromCode.length > 0 ? fromCode : matchCondition(indication.diagnosis);
}
