import type { CONTRAINDICATIONS, ContraindicationId } from './contraindications';

/** The rule book's temporary contraindications: those that postpone a session, not a course. */
type TemporaryId = {
  [Id in ContraindicationId]: (typeof CONTRAINDICATIONS)[Id]['kind'] extends 'TEMPORARY' ? Id : never;
}[ContraindicationId];

// Keyed by every temporary item, no more and no less, so this fails to compile when the rule book
// changes; in the rule book's order.
const UNWELL_TODAY = {
  FEVER: true,
  ACUTE_INFECTION: true,
  SKIN_INFLAMMATION_WIDESPREAD: true,
  GASTROINTESTINAL_DISORDER: true,
  INJURY_OR_BURN: true,
  GENITOURINARY_DISEASE: true,
} as const satisfies Record<TemporaryId, true>;

/**
 * What is asked before each session: the temporary contraindications (fever, infection…). Apart
 * from the rule book's table so that the record forms in the browser, which need only the ids (the
 * names come from the catalog), do not carry its texts (issue 11).
 */
export const UNWELL_TODAY_IDS = Object.keys(UNWELL_TODAY) as TemporaryId[];
