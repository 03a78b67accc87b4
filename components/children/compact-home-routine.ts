import { parentHomeSteps } from '@/lib/domain/rules';
import { compactRoutine, type CompactRoutine } from './compact-routine';

/**
 * What the family's routine fold fetches (see routine-disclosure.tsx): a home course's steps as
 * the parent follows them; a clinic course, or none, has no home routine.
 */
export function compactHomeRoutine(
  course: { location: 'HOME' | 'CLINIC'; routine: Parameters<typeof parentHomeSteps>[0] } | null,
): CompactRoutine | null {
  return course?.location === 'HOME' ? compactRoutine(parentHomeSteps(course.routine, true)) : null;
}
