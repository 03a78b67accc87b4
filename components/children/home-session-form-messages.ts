import type { ClientMessagePath } from '@/lib/i18n/messages';
import { VALIDATION_CLIENT_MESSAGES } from '@/lib/i18n/validation-client-messages';
import { UNWELL_TODAY_IDS } from '@/lib/domain/rules/unwell-today';

/**
 * The words the family's record form (mark-home-session-form) reads, sent with the guided session,
 * which ends on it: only these parts, and only the "not well today" conditions of the rule book,
 * whose catalog is too large to send whole. Elsewhere the form fetches its words when opened.
 */
export const HOME_SESSION_FORM_MESSAGES = [
  'children.homeForm',
  'sessions.wellToday',
  'sessions.tolerance',
  ...UNWELL_TODAY_IDS.map((id) => `rules.contraindications.${id}` as const),
  ...VALIDATION_CLIENT_MESSAGES,
] as const satisfies readonly ClientMessagePath[];
