// Apart from the plan (planned-minutes.ts), whose age bands bring the calendar arithmetic with
// them: the session page's record form checks the minutes as they are typed, and this is all it
// needs (issue 11: every page's first JavaScript within 150 kB).
import { translatable } from '@/lib/i18n/translatable';

/** Recorded minutes this many times the plan are worth a second look: a typing slip, or a session run long. */
export const FAR_ABOVE_PLAN_RATIO = 1.5;

/**
 * A warning (a catalog reference) when the minutes recorded for a session are far above its plan or above the longest
 * session at the child's age; null otherwise. It never refuses: the record says what happened.
 * The recording form shows it as the minutes are typed, and recordSession returns it.
 */
export function recordedMinutesWarning(
  actualMinutes: number | null,
  plannedMinutes: number,
  ageMaxMinutes: number,
): string | null {
  if (actualMinutes === null) return null;
  if (actualMinutes > ageMaxMinutes) {
    return translatable('sessions.form.minutesWarning.aboveAgeMax', {
      actual: actualMinutes,
      max: ageMaxMinutes,
      planned: plannedMinutes,
    });
  }
  if (actualMinutes > plannedMinutes * FAR_ABOVE_PLAN_RATIO) {
    return translatable('sessions.form.minutesWarning.farAbovePlan', {
      actual: actualMinutes,
      planned: plannedMinutes,
    });
  }
  return null;
}
