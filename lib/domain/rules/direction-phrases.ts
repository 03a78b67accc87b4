import { translatable } from '@/lib/i18n/translatable';
import type { RoutineStep } from './routine-steps';
import type { SourceId } from './sources';
import { NEVER_MASSAGED_ZONES, type NeverMassagedZone, type Technique } from './techniques';

/**
 * Words in an edited step's direction that send the hands the wrong way or onto a part never
 * massaged. A small list from the texts, not a reading of free text: the step's area and
 * technique are checked as data elsewhere; this catches what a typed direction adds. A mention
 * denied earlier in its clause ("never on the spine", "skip the armpit") is not a problem.
 */
export type DirectionPhraseRule = {
  id: string;
  pattern: RegExp;
  /** Which steps the phrase matters in. */
  appliesTo: (step: Pick<RoutineStep, 'area' | 'technique' | 'direction'>) => boolean;
  message: string;
  source: readonly SourceId[];
};

const TUMMY_WORDS = /\b(?:tummy|belly|abdomen|abdominal|navel)\b/i;
/** Exercises lift the baby by the armpits (001, 002): only a massage stroke works them. */
const HOLDING_TECHNIQUES: readonly Technique[] = ['PASSIVE_GYMNASTICS', 'EXERCISE'];
const isMassage = (step: Pick<RoutineStep, 'technique'>) => !HOLDING_TECHNIQUES.includes(step.technique);
const always = () => true;

function zoneRule(
  zone: NeverMassagedZone,
  pattern: RegExp,
  appliesTo: DirectionPhraseRule['appliesTo'] = always,
): DirectionPhraseRule {
  const info = NEVER_MASSAGED_ZONES[zone];
  return {
    id: zone,
    pattern,
    appliesTo,
    message: translatable('prescription.routine.directionZone', {
      zone: translatable(`rules.neverMassaged.${zone}.label`),
      sources: info.source.join(', '),
    }),
    source: info.source,
  };
}

export const DIRECTION_PHRASE_RULES: readonly DirectionPhraseRule[] = [
  {
    id: 'TUMMY_ANTICLOCKWISE',
    pattern: /\b(?:anti-?clockwise|counter-?clockwise)\b/i,
    appliesTo: (step) => step.area === 'TUMMY' || TUMMY_WORDS.test(step.direction),
    message: translatable('prescription.routine.tummyClockwise'),
    source: ['000', '001', '002'],
  },
  {
    id: 'ON_THE_SPINE',
    pattern: /\b(?:(?:on|along|over|down|up) the spine|the spine itself|spinal column)\b/i,
    message: translatable('prescription.routine.besideSpine'),
    source: ['001', '002'],
    appliesTo: always,
  },
  zoneRule('LIVER_KIDNEYS', /\b(?:liver|kidneys?)\b/i),
  zoneRule('HEART', /\bheart\b/i),
  zoneRule('LYMPH_NODES_ARMPITS', /\b(?:armpits?|axilla\w*)\b/i, isMassage),
  zoneRule('LYMPH_NODES_UNDER_KNEES', /\b(?:(?:under|behind) the knees?|back of the knees?)\b/i),
  zoneRule('LYMPH_NODES_GROIN', /\b(?:groin|inguinal)\b/i),
  zoneRule('FONTANELLE', /\b(?:fontanelle?|soft spot)\b/i),
  zoneRule('INNER_THIGH', /\b(?:inner (?:side of the )?thighs?|inside of the thighs?)\b/i),
  zoneRule('MAMMARY_GLANDS', /\b(?:nipples?|mammary)\b/i),
];

/** Words that deny what follows in the same clause. */
const DENIAL = /\b(?:not|never|no|avoid\w*|skip\w*|without|except|away from|short of)\b/i;
const CLAUSE_BREAK = /[.;:,!?]/;

function isDenied(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const clauseStart = Math.max(...[...before.matchAll(new RegExp(CLAUSE_BREAK, 'g'))].map((m) => m.index + 1), 0);
  return DENIAL.test(before.slice(clauseStart));
}

/** The rules an edited step's direction breaks, in the list's order. */
export function directionPhraseProblems(
  step: Pick<RoutineStep, 'area' | 'technique' | 'direction'>,
): DirectionPhraseRule[] {
  if (typeof step.direction !== 'string') return [];
  const text = step.direction;
  return DIRECTION_PHRASE_RULES.filter((rule) => {
    if (!rule.appliesTo(step)) return false;
    const global = new RegExp(rule.pattern.source, 'gi');
    return [...text.matchAll(global)].some((match) => !isDenied(text, match.index));
  });
}
