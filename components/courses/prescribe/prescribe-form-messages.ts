import { BODY_AREA_IDS, CONTRAINDICATION_IDS, NEVER_MASSAGED_ZONE_IDS, TECHNIQUE_IDS } from '@/lib/domain/rules';
import type { ClientMessagePath } from '@/lib/i18n/messages';

/**
 * The rule book's words the prescribe form shows (the checklist, the routine's areas and
 * techniques, and the conditions' names and limits its decision cites), with the decision's own
 * messages (lib/domain returns them as catalog references) and the units they count in, for its
 * route's layout: only these, as the whole rules catalog is too large to send to the browser.
 */
export const PRESCRIBE_FORM_RULE_MESSAGES = [
  ...CONTRAINDICATION_IDS.map((id) => `rules.contraindications.${id}` as const),
  ...BODY_AREA_IDS.map((id) => `rules.bodyAreas.${id}.label` as const),
  ...TECHNIQUE_IDS.map((id) => `rules.techniques.${id}.label` as const),
  ...NEVER_MASSAGED_ZONE_IDS.map((id) => `rules.neverMassaged.${id}.label` as const),
  'rules.conditions',
  'rules.conditionLimits',
  'rules.professionalReasons',
  'prescription',
  'format.seconds',
  'format.minutes',
  'format.minutesSeconds',
] satisfies ClientMessagePath[];
