import { translatable } from '@/lib/i18n/translatable';
import type { IndicationKind } from './indications';
import type { SourceId } from './sources';
import { BODY_AREAS, BODY_AREA_IDS, type BodyArea } from './techniques';
import type { TherapeuticConditionCode } from './therapeutic-conditions';

/**
 * ABSOLUTE: no massage until a doctor clears it.
 * TEMPORARY: not today; the course is kept and starts (or resumes) later. For infants this
 *   includes rashes, skin inflammation, injuries and burns (000, 001, 002).
 * LOCAL: massage goes on without one body area. Only 002's section on adult massage has such
 *   items (warts or skin lesions in the area treated), so for a baby it covers a quiet lesion
 *   such as a wart or birthmark; anything inflamed, broken or spreading postpones instead.
 * PROFESSIONAL_ONLY: the texts disagree (002 forbids, 001 treats), so only a therapeutic
 *   course by a professional is allowed.
 */
export type ContraindicationKind = 'ABSOLUTE' | 'TEMPORARY' | 'LOCAL' | 'PROFESSIONAL_ONLY';

export type ContraindicationId =
  | 'HEART_DISEASE'
  | 'BONE_PAIN_OR_BRITTLE_BONES'
  | 'ACUTE_ARTHRITIS'
  | 'NEPHRITIS'
  | 'ABDOMINAL_ORGAN_PROLAPSE'
  | 'LARGE_HERNIA'
  | 'FEVER'
  | 'ACUTE_INFECTION'
  | 'SKIN_INFLAMMATION_WIDESPREAD'
  | 'GASTROINTESTINAL_DISORDER'
  | 'INJURY_OR_BURN'
  | 'GENITOURINARY_DISEASE'
  | 'SKIN_LESION_HEAD_FACE'
  | 'SKIN_LESION_CHEST'
  | 'SKIN_LESION_TUMMY'
  | 'SKIN_LESION_ARMS_HANDS'
  | 'SKIN_LESION_LEGS_FEET'
  | 'SKIN_LESION_BACK'
  | 'RICKETS'
  | 'UMBILICAL_HERNIA'
  | 'INGUINAL_HERNIA';

export type Contraindication = {
  /** The checklist question, in the clinician's words. */
  label: string;
  kind: ContraindicationKind;
  /** For LOCAL items: the area left out of every session. */
  area?: BodyArea;
  /** For PROFESSIONAL_ONLY items: the condition whose limits then apply to the course. */
  condition?: TherapeuticConditionCode;
  source: readonly SourceId[];
};

function skinLesion(area: BodyArea) {
  return {
    label: `Wart, birthmark or other quiet (not inflamed, not broken) skin lesion on the ${BODY_AREAS[area].label.toLowerCase()}`,
    kind: 'LOCAL',
    area,
    source: ['002'],
  } as const satisfies Contraindication;
}

export const CONTRAINDICATIONS = {
  HEART_DISEASE: { label: 'Congenital heart defect or heart disease', kind: 'ABSOLUTE', source: ['000', '001'] },
  BONE_PAIN_OR_BRITTLE_BONES: {
    label: 'Disease with bone pain or brittle bones',
    kind: 'ABSOLUTE',
    source: ['000', '001'],
  },
  ACUTE_ARTHRITIS: { label: 'Acute arthritis', kind: 'ABSOLUTE', source: ['000'] },
  NEPHRITIS: { label: 'Acute nephritis', kind: 'ABSOLUTE', source: ['000'] },
  ABDOMINAL_ORGAN_PROLAPSE: { label: 'Prolapse of abdominal organs', kind: 'ABSOLUTE', source: ['000'] },
  LARGE_HERNIA: { label: 'Large hernia', kind: 'ABSOLUTE', source: ['001'] },
  FEVER: { label: 'Fever or high temperature', kind: 'TEMPORARY', source: ['000', '001', '002'] },
  ACUTE_INFECTION: { label: 'Acute respiratory or viral infection, cold', kind: 'TEMPORARY', source: ['001', '002'] },
  // The id predates the rule that any rash postpones; stored screenings keep reading it.
  SKIN_INFLAMMATION_WIDESPREAD: {
    label: 'Rash, inflammatory skin lesion or dermatitis (anywhere on the body)',
    kind: 'TEMPORARY',
    source: ['000', '001', '002'],
  },
  GASTROINTESTINAL_DISORDER: {
    label: 'Poisoning, stool disturbance or other gastrointestinal disorder',
    kind: 'TEMPORARY',
    source: ['001', '002'],
  },
  INJURY_OR_BURN: { label: 'Injury or burn', kind: 'TEMPORARY', source: ['001'] },
  GENITOURINARY_DISEASE: { label: 'Genitourinary disease (e.g. cystitis)', kind: 'TEMPORARY', source: ['001'] },
  SKIN_LESION_HEAD_FACE: skinLesion('HEAD_FACE'),
  SKIN_LESION_CHEST: skinLesion('CHEST'),
  SKIN_LESION_TUMMY: skinLesion('TUMMY'),
  SKIN_LESION_ARMS_HANDS: skinLesion('ARMS_HANDS'),
  SKIN_LESION_LEGS_FEET: skinLesion('LEGS_FEET'),
  SKIN_LESION_BACK: skinLesion('BACK'),
  RICKETS: { label: 'Rickets', kind: 'PROFESSIONAL_ONLY', condition: 'RICKETS', source: ['001', '002'] },
  UMBILICAL_HERNIA: {
    label: 'Small umbilical hernia',
    kind: 'PROFESSIONAL_ONLY',
    condition: 'UMBILICAL_HERNIA',
    source: ['001', '002'],
  },
  INGUINAL_HERNIA: {
    label: 'Inguinal hernia',
    kind: 'PROFESSIONAL_ONLY',
    condition: 'INGUINAL_HERNIA',
    source: ['001', '002'],
  },
} as const satisfies Record<ContraindicationId, Contraindication>;

export const CONTRAINDICATION_IDS = Object.keys(CONTRAINDICATIONS) as ContraindicationId[];

/** The areas a local item can leave out (the whole-body exercises have none). */
const LOCAL_AREAS = BODY_AREA_IDS.filter((area) =>
  CONTRAINDICATION_IDS.some((id) => (CONTRAINDICATIONS[id] as Contraindication).area === area),
);

export function isContraindicationId(value: string): value is ContraindicationId {
  return Object.hasOwn(CONTRAINDICATIONS, value);
}

/** true = the condition is present. A form may send only part of the checklist. */
export type ScreeningAnswers = Readonly<Partial<Record<ContraindicationId, boolean>>>;

export type ScreeningContext = { indicationKind: IndicationKind };

export type ScreeningReason = {
  itemId: ContraindicationId;
  label: string;
  /** A catalog reference (lib/i18n/translatable.ts), as are the outcome's warnings. */
  message: string;
  source: readonly SourceId[];
};

/**
 * BLOCKED beats INCOMPLETE beats POSTPONE: an unanswered item may be an absolute
 * contraindication, so a partial checklist never reads as "go ahead".
 */
export type ScreeningVerdict = 'BLOCKED' | 'INCOMPLETE' | 'POSTPONE' | 'PROCEED';

export type ScreeningOutcome = {
  verdict: ScreeningVerdict;
  /** Absolute contraindications (and professional-only ones outside a therapeutic course). */
  blocked: ScreeningReason[];
  /** Temporary: may not start today; the course can be saved with a later start. */
  postponeStart: ScreeningReason[];
  excludedAreas: BodyArea[];
  warnings: string[];
  unanswered: ContraindicationId[];
};

/** The conditions a screening's professional-only items bring to the course (rickets, hernias). */
export function conditionsFromScreening(answers: ScreeningAnswers): TherapeuticConditionCode[] {
  return CONTRAINDICATION_IDS.flatMap((id) => {
    const item: Contraindication = CONTRAINDICATIONS[id];
    return answers[id] === true && item.condition !== undefined ? [item.condition] : [];
  });
}

/** Screens the checklist before prescribing and before each session. */
export function screen(answers: ScreeningAnswers, context: ScreeningContext): ScreeningOutcome {
  const blocked: ScreeningReason[] = [];
  const postponeStart: ScreeningReason[] = [];
  const excluded = new Set<BodyArea>();
  const warnings: string[] = [];
  const unanswered: ContraindicationId[] = [];

  for (const itemId of CONTRAINDICATION_IDS) {
    const answer: unknown = answers[itemId];
    // Anything but a real boolean (a missing field, a form's "true" string) counts as unanswered.
    if (answer !== true && answer !== false) {
      unanswered.push(itemId);
      continue;
    }
    if (!answer) continue;

    const item: Contraindication = CONTRAINDICATIONS[itemId];
    const reason = (message: string): ScreeningReason => ({ itemId, label: item.label, message, source: item.source });
    const name = translatable(`rules.contraindications.${itemId}`);

    switch (item.kind) {
      case 'ABSOLUTE':
        blocked.push(reason(translatable('prescription.screening.absolute', { item: name })));
        break;
      case 'TEMPORARY':
        postponeStart.push(reason(translatable('prescription.screening.temporary', { item: name })));
        break;
      case 'LOCAL': {
        if (item.area === undefined) {
          throw new Error(`Local contraindication ${itemId} names no body area`);
        }
        excluded.add(item.area);
        warnings.push(
          translatable('prescription.screening.local', {
            item: name,
            area: translatable(`rules.bodyAreas.${item.area}.label`),
          }),
        );
        break;
      }
      case 'PROFESSIONAL_ONLY':
        if (context.indicationKind === 'THERAPEUTIC') {
          warnings.push(translatable('prescription.screening.professionalTherapeutic', { item: name }));
        } else {
          blocked.push(
            reason(
              translatable('prescription.screening.professionalBlocked', { item: name, kind: context.indicationKind }),
            ),
          );
        }
        break;
      default: {
        const unknownKind: never = item.kind;
        throw new Error(`Unknown contraindication kind ${String(unknownKind)}`);
      }
    }
  }

  const excludedAreas = BODY_AREA_IDS.filter((area) => excluded.has(area));
  if (LOCAL_AREAS.every((area) => excluded.has(area))) {
    warnings.push(translatable('prescription.screening.everyAreaExcluded'));
  }
  if (unanswered.length > 0) {
    warnings.push(translatable('prescription.screening.unanswered', { count: unanswered.length }));
  }

  return {
    verdict: verdictOf(blocked.length, unanswered.length, postponeStart.length),
    blocked,
    postponeStart,
    excludedAreas,
    warnings,
    unanswered,
  };
}

function verdictOf(blockedCount: number, unansweredCount: number, postponeCount: number): ScreeningVerdict {
  if (blockedCount > 0) return 'BLOCKED';
  if (unansweredCount > 0) return 'INCOMPLETE';
  if (postponeCount > 0) return 'POSTPONE';
  return 'PROCEED';
}
