/** A share in whole percent, or null when there is nothing to share out. */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 100);
}

export type OutcomeCounts = { done: number; missed: number; postponed: number; unrecorded: number };

/**
 * Home sessions held of those due, in whole percent: a postponed session is moved, not skipped,
 * so it counts neither way; one nobody recorded counts as not held. The same figure for one
 * course (the course report) and for the clinic (the dashboard).
 */
export function adherencePercent(counts: OutcomeCounts): number | null {
  return percentOf(counts.done, counts.done + counts.missed + counts.unrecorded);
}
