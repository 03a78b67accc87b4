import { BODY_AREA_IDS, CONTRAINDICATION_IDS, TECHNIQUE_IDS } from '@/lib/domain/rules';
import type { ClientMessagePath } from '@/lib/i18n/messages';

/**
 * The rule book's names the prescribe form shows (the checklist, the routine's areas and
 * techniques), for its route's layout: only the names, as the whole rules catalog is too large to
 * send to the browser.
 */
export const PRESCRIBE_FORM_RULE_MESSAGES = [
  ...CONTRAINDICATION_IDS.map((id) => `rules.contraindications.${id}` as const),
  ...BODY_AREA_IDS.map((id) => `rules.bodyAreas.${id}.label` as const),
  ...TECHNIQUE_IDS.map((id) => `rules.techniques.${id}.label` as const),
] satisfies ClientMessagePath[];
