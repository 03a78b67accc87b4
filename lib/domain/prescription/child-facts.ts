import { ageForRules, ageMonthsForRules, ageOn, type InfantAge } from '@/lib/domain/age';
import { compareIsoDates, isIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import {
  checkAgeGate,
  sessionMinutesRange,
  type AgeGateResult,
  type BodyArea,
  type ClinicDefaults,
  type IndicationKind,
  type RoutineContext,
  type TherapeuticConditionCode,
} from '@/lib/domain/rules';

/** What the rules need to know about the child. */
export type ChildFacts = {
  dateOfBirth: IsoDate;
  gestationalAgeDays: number | null;
  umbilicalWoundHealedOn: IsoDate | null;
  /** Sessions of earlier courses recorded as done: a later course's minutes carry on from them. */
  massageSessionsDone: number;
};

type BirthFacts = Pick<ChildFacts, 'dateOfBirth' | 'gestationalAgeDays'>;

function ruleAgeOn(child: BirthFacts, date: string): InfantAge | null {
  if (!isIsoDate(date) || compareIsoDates(date, child.dateOfBirth) < 0) return null;
  try {
    return ageOn(child.dateOfBirth, date, child.gestationalAgeDays);
  } catch {
    // An implausible recorded gestation: nothing can be proposed, and nothing is written.
    return null;
  }
}

/** The age the rules use (corrected for a premature baby) on a date; null when the date cannot be used. */
export function ageDaysOn(child: BirthFacts, date: string): number | null {
  const age = ruleAgeOn(child, date);
  return age === null ? null : ageForRules(age);
}

/** The same age in whole calendar months, as the pages show it; null when the date cannot be used. */
export function ageMonthsOn(child: BirthFacts, date: string): number | null {
  const age = ruleAgeOn(child, date);
  return age === null ? null : ageMonthsForRules(age);
}

export type RoutineSetting = {
  /** Corrected age for a premature baby, on the start date. */
  ageDays: number;
  gate: AgeGateResult;
  context: RoutineContext;
  /** The longest session at this age under the clinic's settings. */
  maxMinutes: number;
};

/** What the course is for and where: the routine's context beyond the child. */
export type CourseFacts = {
  indicationKind: IndicationKind;
  conditions: readonly TherapeuticConditionCode[];
  excludedAreas: readonly BodyArea[];
  atHome: boolean;
};

/** The child as the rules see them on the course's start date. */
export function routineSettingOn(
  child: ChildFacts,
  startDate: IsoDate,
  ageDays: number,
  course: CourseFacts,
  defaults: ClinicDefaults,
): RoutineSetting {
  const umbilicalWoundHealed = child.umbilicalWoundHealedOn !== null && child.umbilicalWoundHealedOn <= startDate;
  const gate = checkAgeGate(ageDays, defaults, { umbilicalWoundHealed });
  return {
    ageDays,
    gate,
    context: { ageDays, ...course, tummyAllowed: gate.tummyAllowed, defaults },
    maxMinutes: maxSessionMinutesAt(ageDays, defaults),
  };
}

/** The longest session on a date at the child's age then (see maxSessionMinutesAt). */
export function maxSessionMinutesOn(child: BirthFacts, date: string, defaults: ClinicDefaults): number {
  return maxSessionMinutesAt(ageDaysOn(child, date), defaults);
}

/** The longest session at an age; the youngest band's when the age is not known. */
export function maxSessionMinutesAt(ageDays: number | null, defaults: ClinicDefaults): number {
  return sessionMinutesRange(Math.max(ageDays ?? 0, 0), defaults).max;
}
