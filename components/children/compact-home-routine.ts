import { parentHomeSteps } from '@/lib/domain/rules';
import { localizeDirections } from '@/lib/i18n/rule-directions';
import type { Translator } from '@/lib/i18n/translator';
import { compactRoutine, type CompactRoutine } from './compact-routine';

/**
 * What the family's routine fold fetches (see routine-disclosure.tsx): a home course's steps as
 * the parent follows them, the rule book's directions in the reader's language (translated here, on
 * the server, so the fold's bundle carries no catalog of directions); a clinic course, or none, has
 * no home routine.
 */
export function compactHomeRoutine(
  course: { location: 'HOME' | 'CLINIC'; routine: Parameters<typeof parentHomeSteps>[0] } | null,
  translate: Translator,
): CompactRoutine | null {
  return course?.location === 'HOME'
    ? compactRoutine(localizeDirections(parentHomeSteps(course.routine, true), translate))
    : null;
}
