import type { Joint, StepTraitData } from './routine-steps';
import type { SourceId } from './sources';
import type { BodyArea, Technique } from './techniques';

/** Steps a therapeutic condition adds to its area's part of the routine. */
export type ConditionStepId =
  | 'TUMMY_CLOCKWISE'
  | 'RIBS_TO_TUMMY'
  | 'LEGS_TO_TUMMY'
  | 'FOOT_CIRCLES'
  | 'FOOT_FIGURE_EIGHT'
  | 'SOLE_RUB'
  | 'FOOT_FLEX_EXTEND'
  | 'SOLE_REFLEX'
  | 'BACK_EXTENSION_REFLEX'
  | 'NECK_STROKING'
  | 'BUTTOCKS_STROKING'
  | 'LACRIMAL_STROKING';

export type ConditionStep = StepTraitData & {
  area: BodyArea;
  technique: Technique;
  direction: string;
  /** null when the step is timed rather than counted. */
  repetitions: number | null;
  source: readonly SourceId[];
};

export const CONDITION_STEPS = {
  TUMMY_CLOCKWISE: {
    area: 'TUMMY',
    technique: 'STROKING',
    direction: 'Flat palm, slow clockwise circles round the navel, at least 30 minutes after a feed.',
    repetitions: null,
    source: ['001', '004'],
  },
  RIBS_TO_TUMMY: {
    area: 'TUMMY',
    technique: 'STROKING',
    direction: 'Hands one after the other from the lower ribs down over the tummy, left and right in turn.',
    repetitions: 6,
    source: ['001'],
  },
  LEGS_TO_TUMMY: {
    area: 'TUMMY',
    technique: 'PASSIVE_GYMNASTICS',
    direction: 'Bend both knees and press the legs gently up to the tummy, hold a moment, then straighten.',
    repetitions: 4,
    loads: ['HIPS'],
    source: ['001'],
  },
  FOOT_CIRCLES: {
    area: 'LEGS_FEET',
    technique: 'STROKING',
    direction: 'Thumb circles over the sole and round the heel.',
    repetitions: 5,
    source: ['004'],
  },
  FOOT_FIGURE_EIGHT: {
    area: 'LEGS_FEET',
    technique: 'STROKING',
    direction: 'Support the lower leg and trace a figure of eight on the sole with the thumb.',
    repetitions: 5,
    source: ['001', '003'],
  },
  SOLE_RUB: {
    area: 'LEGS_FEET',
    technique: 'RUBBING',
    direction: 'Once the foot is warm from stroking, rub the sole from the heel to the toes with the thumb.',
    repetitions: 5,
    source: ['000', '003'],
  },
  FOOT_FLEX_EXTEND: {
    area: 'LEGS_FEET',
    technique: 'PASSIVE_GYMNASTICS',
    direction: 'Palm over the whole sole: gently flex and extend the foot; this helps form the arch.',
    repetitions: 5,
    source: ['003'],
  },
  SOLE_REFLEX: {
    area: 'LEGS_FEET',
    technique: 'STROKING',
    direction:
      'Press the heel lightly and run a finger along the sole (the toes spread), then press between the 3rd and 4th toe pads (the foot curls).',
    repetitions: 3,
    source: ['001'],
  },
  BACK_EXTENSION_REFLEX: {
    area: 'BACK',
    technique: 'STROKING',
    direction:
      'Baby on the side: run a finger beside the spine, not on it, from the pelvis up to the neck; the back arches.',
    repetitions: 3,
    source: ['002'],
  },
  NECK_STROKING: {
    area: 'BACK',
    technique: 'STROKING',
    direction:
      'Baby on the tummy: stroke from the back of the head down to the shoulders; stop if the baby lifts or turns the head.',
    repetitions: 5,
    worksNeck: true,
    source: ['001', '002'],
  },
  BUTTOCKS_STROKING: {
    area: 'BACK',
    technique: 'STROKING',
    direction: 'Stroke the buttocks from the hips towards the tailbone.',
    repetitions: 5,
    source: ['002'],
  },
  LACRIMAL_STROKING: {
    area: 'HEAD_FACE',
    technique: 'STROKING',
    direction:
      'Gentle pressing movements from the corner of the eye towards the bridge of the nose, exactly as the doctor showed.',
    repetitions: 5,
    source: ['001'],
  },
} as const satisfies Record<ConditionStepId, ConditionStep>;

export type TherapeuticConditionCode =
  | 'COLIC'
  | 'CONSTIPATION'
  | 'HYPERTONIA'
  | 'HYPOTONIA'
  | 'FLAT_FEET'
  | 'UMBILICAL_HERNIA'
  | 'INGUINAL_HERNIA'
  | 'TORTICOLLIS'
  | 'HIP_DYSPLASIA'
  | 'RICKETS'
  | 'DACRYOCYSTITIS';

/**
 * What a condition rules out or limits, checked against every step (by its traits, see
 * `stepTraits`) and against the schedule. `reason` is shown beside a step or field it stops.
 */
export type ConditionLimit = { reason: string; source: readonly SourceId[] } & (
  | { kind: 'NO_LOAD_ON'; joint: Joint }
  | { kind: 'ONLY_TECHNIQUES'; techniques: readonly Technique[] }
  | { kind: 'MAX_REST_DAYS'; days: number }
);

export type TherapeuticCondition = {
  code: TherapeuticConditionCode;
  label: string;
  /**
   * Words that name the condition in a free-text diagnosis, lower case. A trailing `*`
   * matches any ending ("hyperton*" → hypertonia, hypertonicity, hypertonic).
   */
  keywords: readonly string[];
  /** ICD-10 codes (or their start) that name it. */
  icd10Prefixes: readonly string[];
  steps: readonly ConditionStepId[];
  /** Advice that is not a massage step (positioning, who performs it, what to avoid). */
  advice: readonly string[];
  /** The texts reserve it for a professional therapist: never prescribed for home. */
  professionalOnly: boolean;
  /** Why it is for a professional, in the words the refusal shows; set when professionalOnly. */
  professionalReason?: string;
  limits: readonly ConditionLimit[];
  source: readonly SourceId[];
};

const HYPERTONIA_REST: ConditionLimit = {
  kind: 'MAX_REST_DAYS',
  days: 2,
  reason: 'with hypertonia the course is more intensive, with rest breaks of up to 2 days',
  source: ['001'],
};
const HIPS_UNLOADED: ConditionLimit = {
  kind: 'NO_LOAD_ON',
  joint: 'HIPS',
  reason:
    'no exercise or position that loads, bends or rotates the hips: hip work is "exclusively when there is no pathology"',
  source: ['001'],
};
const FRAGILE_BONES: ConditionLimit = {
  kind: 'ONLY_TECHNIQUES',
  techniques: ['STROKING', 'RUBBING'],
  reason: 'the bones are fragile: gentle stroking and light rubbing only, no percussion, kneading or exercises',
  source: ['001', '002'],
};

export const THERAPEUTIC_CONDITIONS = {
  COLIC: {
    code: 'COLIC',
    label: 'Intestinal colic, gas',
    keywords: ['colic*', 'gas', 'gases', 'bloating', 'flatulence'],
    icd10Prefixes: ['R10.4'],
    steps: ['TUMMY_CLOCKWISE', 'RIBS_TO_TUMMY', 'LEGS_TO_TUMMY'],
    advice: ['Tummy massage at least 30 minutes after a feed (004).', 'Lying on the tummy helps gases pass (002).'],
    professionalOnly: false,
    limits: [],
    source: ['001', '002', '004'],
  },
  CONSTIPATION: {
    code: 'CONSTIPATION',
    label: 'Constipation',
    keywords: ['constipat*', 'stool retention'],
    icd10Prefixes: ['K59.0'],
    steps: ['TUMMY_CLOCKWISE', 'LEGS_TO_TUMMY', 'FOOT_CIRCLES'],
    advice: ['Massage for constipation only as the doctor directs; the therapist sets the pressure (001).'],
    professionalOnly: false,
    limits: [],
    source: ['001', '004'],
  },
  HYPERTONIA: {
    code: 'HYPERTONIA',
    label: 'Muscle hypertonia (high tone)',
    keywords: ['hyperton*', 'high muscle tone', 'increased muscle tone', 'increased tone'],
    icd10Prefixes: ['P94.1'],
    steps: ['FOOT_FIGURE_EIGHT'],
    advice: [
      'A more intensive course with rest breaks of up to 2 days (001).',
      'Fitball: lay the baby on the ball on the tummy and rock gently from side to side (001).',
    ],
    professionalOnly: false,
    limits: [HYPERTONIA_REST],
    source: ['001'],
  },
  HYPOTONIA: {
    code: 'HYPOTONIA',
    label: 'Muscle hypotonia (low tone)',
    keywords: ['hypoton*', 'low muscle tone', 'decreased muscle tone', 'reduced muscle tone', 'floppy'],
    icd10Prefixes: ['P94.2'],
    steps: ['SOLE_REFLEX', 'BACK_EXTENSION_REFLEX'],
    advice: ['Therapeutic massage is performed by a professional massage therapist as the doctor prescribes (002).'],
    professionalOnly: false,
    limits: [],
    source: ['001', '002'],
  },
  FLAT_FEET: {
    code: 'FLAT_FEET',
    label: 'Flat feet or pigeon toe',
    keywords: [
      'flat feet',
      'flat foot',
      'flatfoot',
      'pes planus',
      'planovalgus',
      'valgus feet',
      'valgus foot',
      'pigeon toe*',
      'in toeing',
      'intoeing',
    ],
    icd10Prefixes: ['M21.4', 'Q66.5'],
    steps: ['FOOT_FIGURE_EIGHT', 'SOLE_RUB', 'FOOT_FLEX_EXTEND'],
    advice: [
      'Foot massage daily for 2–5 minutes (003).',
      'No oils or lotions on the feet: they dull the hands and the effect (003).',
    ],
    professionalOnly: false,
    limits: [],
    source: ['000', '003'],
  },
  UMBILICAL_HERNIA: {
    code: 'UMBILICAL_HERNIA',
    label: 'Small umbilical hernia',
    keywords: ['umbilical hernia', 'navel hernia', 'hernia of the umbilicus'],
    icd10Prefixes: ['K42'],
    steps: ['TUMMY_CLOCKWISE'],
    advice: [
      'Lay the baby on the tummy for 5–10 minutes before each feed (001).',
      'General massage and exercises by the therapist; parents only stroke the tummy clockwise (001).',
      'A large hernia is an absolute contraindication (001).',
    ],
    professionalOnly: true,
    professionalReason:
      'general massage and exercise therapy for a hernia are done by a massage therapist and an exercise therapy doctor (001)',
    limits: [],
    source: ['001', '002'],
  },
  INGUINAL_HERNIA: {
    code: 'INGUINAL_HERNIA',
    label: 'Inguinal hernia',
    keywords: ['inguinal hernia', 'groin hernia', 'hernia in the groin'],
    icd10Prefixes: ['K40'],
    steps: [],
    advice: [
      'The groin is never massaged (002).',
      '002 lists umbilical and inguinal hernias as contraindications; 001 says a special course by a professional helps with a hernia.',
    ],
    professionalOnly: true,
    professionalReason: 'a special course for a hernia is done only by a professional massage therapist (001, 002)',
    limits: [],
    source: ['001', '002'],
  },
  TORTICOLLIS: {
    code: 'TORTICOLLIS',
    label: 'Torticollis (wry neck)',
    keywords: ['torticollis', 'wry neck', 'wryneck'],
    icd10Prefixes: ['Q68.0', 'M43.6'],
    steps: ['NECK_STROKING'],
    advice: [
      'Prescribed by a neurologist; the neck exercises themselves are done by a specialist (001).',
      'Stop the neck work if the baby lifts or turns the head (002).',
    ],
    professionalOnly: true,
    professionalReason:
      'neck work is prescribed by a neurologist and better entrusted to a specialist; without training do not touch the neck (001)',
    limits: [],
    source: ['001', '002'],
  },
  HIP_DYSPLASIA: {
    code: 'HIP_DYSPLASIA',
    label: 'Hip dysplasia',
    keywords: ['hip dysplasia', 'dysplasia of the hip*', 'ddh', 'developmental dysplasia'],
    icd10Prefixes: ['Q65'],
    steps: ['BUTTOCKS_STROKING'],
    advice: [
      'No hip rotations (frog position) at home: those are for healthy hips only (001).',
      'Hip exercises only as the orthopaedist prescribes (002).',
    ],
    professionalOnly: true,
    professionalReason: 'a therapeutic course for the hips is done by a professional massage therapist (001, 002)',
    limits: [HIPS_UNLOADED],
    source: ['001', '002'],
  },
  RICKETS: {
    code: 'RICKETS',
    label: 'Rickets',
    keywords: ['rickets', 'rachitis'],
    icd10Prefixes: ['E55'],
    steps: [],
    advice: [
      'Therapeutic course by a professional massage therapist only; 002 lists rickets as a contraindication, 001 says a special course helps.',
      'The bones are fragile: gentle stroking and light rubbing only, no tapping, vibration, sawing or kneading (001).',
    ],
    professionalOnly: true,
    professionalReason: 'a special course for rickets is done only by a professional massage therapist (001)',
    limits: [FRAGILE_BONES],
    source: ['001', '002'],
  },
  DACRYOCYSTITIS: {
    code: 'DACRYOCYSTITIS',
    label: 'Dacryocystitis (blocked tear duct)',
    keywords: ['dacryocystitis', 'blocked tear duct*', 'lacrimal', 'nasolacrimal'],
    icd10Prefixes: ['H04.3', 'H04.4', 'P39.1', 'Q10.5'],
    steps: ['LACRIMAL_STROKING'],
    advice: ["Done alongside the doctor's anti-inflammatory drops (001)."],
    professionalOnly: false,
    limits: [],
    source: ['001'],
  },
} as const satisfies { [Code in TherapeuticConditionCode]: TherapeuticCondition & { code: Code } };

export const THERAPEUTIC_CONDITION_CODES = Object.keys(THERAPEUTIC_CONDITIONS) as TherapeuticConditionCode[];

export function isTherapeuticConditionCode(value: unknown): value is TherapeuticConditionCode {
  return typeof value === 'string' && Object.hasOwn(THERAPEUTIC_CONDITIONS, value);
}

/** Words that, earlier in the same clause, deny what follows: "no colic", "without hypertonia". */
const NEGATION_BEFORE = /(?:^|[^a-z])(?:no|not|without|denies|negative for|absence of|free of)(?![a-z])/;
/** Words that, later in the same clause, deny what came before: "colic ruled out". */
const NEGATION_AFTER = /(?:^|[^a-z])(?:ruled out|excluded|not confirmed)(?![a-z])/;
const ICD10_CODE = /(?:^|[^a-z0-9])([a-z]\d{2}(?:\.\d{1,2})?)(?![0-9])/g;

/**
 * Conditions a free-text diagnosis names, by keyword or ICD-10 code, in the order they first
 * appear. It only suggests: the prescriber confirms the code. Clauses that deny a condition
 * ("no colic", "torticollis ruled out") are skipped.
 */
export function matchCondition(diagnosis: string): TherapeuticConditionCode[] {
  // Hyphens read as spaces so "pigeon-toe" and "pigeon toe" match alike.
  const text = diagnosis
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/-/g, ' ');
  const found: { code: TherapeuticConditionCode; position: number }[] = [];

  let clauseStart = 0;
  // A full stop ends a clause, but not the one inside an ICD-10 code such as K59.0.
  for (const clause of text.split(/[,;\n()]|\.(?!\d)/)) {
    const position = clauseStart;
    clauseStart += clause.length + 1;
    for (const code of THERAPEUTIC_CONDITION_CODES) {
      const index = firstMention(clause, THERAPEUTIC_CONDITIONS[code]);
      if (index === null) continue;
      if (NEGATION_BEFORE.test(clause.slice(0, index)) || NEGATION_AFTER.test(clause.slice(index))) continue;
      found.push({ code, position: position + index });
    }
  }

  found.sort((a, b) => a.position - b.position);
  const codes: TherapeuticConditionCode[] = [];
  for (const { code } of found) {
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

function firstMention(clause: string, condition: TherapeuticCondition): number | null {
  const positions: number[] = [];

  for (const keyword of condition.keywords) {
    const isStem = keyword.endsWith('*');
    const word = escapeRegExp((isStem ? keyword.slice(0, -1) : keyword).replace(/-/g, ' '));
    const match = new RegExp(`(?<![a-z])${word}${isStem ? '' : '(?![a-z])'}`).exec(clause);
    if (match) positions.push(match.index);
  }

  for (const match of clause.matchAll(ICD10_CODE)) {
    const code = match[1];
    if (code === undefined) continue;
    if (condition.icd10Prefixes.some((prefix) => code.startsWith(prefix.toLowerCase()))) {
      positions.push(match.index + match[0].indexOf(code));
    }
  }
  return positions.length === 0 ? null : Math.min(...positions);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
