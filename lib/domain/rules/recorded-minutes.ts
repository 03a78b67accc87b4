// Apart from the plan (planned-minutes.ts), whose age bands bring the calendar arithmetic with
// them: the session page's record form checks the minutes as they are typed, and this is all it
// needs (issue 11: every page's first JavaScript within 150 kB).

/** Recorded minutes this many times the plan are worth a second look: a typing slip, or a session run long. */
export const FAR_ABOVE_PLAN_RATIO = 1.5;

/**
 * A warning when the minutes recorded for a session are far above its plan or above the longest
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
    return `${actualMinutes} min is longer than a session at this age may last (at most ${ageMaxMinutes} min); ${plannedMinutes} min were planned.`;
  }
  if (actualMinutes > plannedMinutes * FAR_ABOVE_PLAN_RATIO) {
    return `${actualMinutes} min is far above the ${plannedMinutes} min planned for this session: a course lengthens its sessions step by step.`;
  }
  return null;
}
