import {
  CONTRAINDICATION_IDS,
  CONTRAINDICATIONS,
  type ContraindicationId,
  type ContraindicationKind,
} from '@/lib/domain/rules/contraindications';

/**
 * The checklist's items, in the rule book's order, and what a tick of each does. The page reads
 * it on the server and gives it to the form as plain props: the rule book's table, with its
 * texts, would otherwise be part of the form's first JavaScript (issue 11).
 */
export type ScreeningChecklist = readonly { id: ContraindicationId; kind: ContraindicationKind }[];

export function screeningChecklist(): ScreeningChecklist {
  return CONTRAINDICATION_IDS.map((id) => ({ id, kind: CONTRAINDICATIONS[id].kind }));
}
