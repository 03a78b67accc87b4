import { AREA_PLAN, type Joint, type PlanEntry, type RoutineStep, type StepTraitData } from './routine-steps';
import { BODY_AREA_IDS, TECHNIQUES, isTechnique, type BodyArea, type Technique } from './techniques';
import { CONDITION_STEPS, type ConditionStep } from './therapeutic-conditions';

/**
 * What a routine step does, as the condition limits read it. A step the rule book proposes
 * carries its traits as data; a step that was edited or typed in gets them conservatively from
 * its technique and area (any exercise of the legs or the whole body may load the hips), so a
 * changed word can never make a step look safer than the catalogue's own.
 */
export type StepTraits = {
  loads: readonly Joint[];
  worksNeck: boolean;
  /** Only a professional does it (acupressure, neck work); never part of a home routine. */
  professionalOnly: boolean;
};

type CatalogueEntry = StepTraitData & {
  area: BodyArea;
  technique: Technique;
  direction: string;
  repetitions: number | null;
  fromAgeDays?: number;
};

/** Every step the rule book can propose: the area plans and the conditions' own steps. */
const CATALOGUE: readonly CatalogueEntry[] = [
  ...BODY_AREA_IDS.flatMap((area) =>
    (AREA_PLAN[area] as readonly PlanEntry[]).map((entry): CatalogueEntry => ({ ...entry, area })),
  ),
  ...(Object.values(CONDITION_STEPS) as readonly ConditionStep[]),
];

const MOVEMENT_TECHNIQUES: readonly Technique[] = ['PASSIVE_GYMNASTICS', 'EXERCISE'];
/** Areas where any exercise moves or bears weight on the hips. */
const HIP_AREAS: readonly BodyArea[] = ['LEGS_FEET', 'TUMMY', 'WHOLE_BODY'];
/** Words that put an exercise elsewhere onto the hips: standing, steps, crawling, the frog (001, 002). */
const HIP_WORDS = /\b(?:hips?|frog|stand\w*|steps?|walk\w*|squat\w*|crawl\w*|legs?)\b/i;
const NECK_WORDS = /\b(?:neck|cervical)\b/i;

/** The rule book's own step this one is, unchanged in area, technique and direction. */
export function catalogueEntryOf(step: RoutineStep): CatalogueEntry | undefined {
  return CATALOGUE.find(
    (entry) => entry.area === step.area && entry.technique === step.technique && entry.direction === step.direction,
  );
}

export function stepTraits(step: RoutineStep): StepTraits {
  const technique: unknown = step.technique;
  const techniqueIsProfessional = isTechnique(technique) && TECHNIQUES[technique].professionalOnly;
  const entry = catalogueEntryOf(step);
  if (entry !== undefined) {
    const worksNeck = entry.worksNeck === true;
    return { loads: entry.loads ?? [], worksNeck, professionalOnly: techniqueIsProfessional || worksNeck };
  }
  const direction = typeof step.direction === 'string' ? step.direction : '';
  const isMovement = MOVEMENT_TECHNIQUES.includes(step.technique);
  const loadsHips = isMovement && (HIP_AREAS.includes(step.area) || HIP_WORDS.test(direction));
  const worksNeck = NECK_WORDS.test(direction);
  return { loads: loadsHips ? ['HIPS'] : [], worksNeck, professionalOnly: techniqueIsProfessional || worksNeck };
}
