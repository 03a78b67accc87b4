/**
 * Where a course stands. A course keeps its count of sessions: missed and postponed ones are
 * replaced by make-up sessions, so only DONE sessions move it forward.
 */
export type SessionStatus = 'SCHEDULED' | 'DONE' | 'MISSED' | 'POSTPONED';

/** Counts only: a page says them in its language (common.courseProgress, "3 of 10 done"). */
export type CourseProgress = { done: number; total: number; remaining: number; isComplete: boolean };

export function courseProgress(sessionStatuses: readonly SessionStatus[], sessionCount: number): CourseProgress {
  const done = sessionStatuses.filter((status) => status === 'DONE').length;
  const remaining = Math.max(sessionCount - done, 0);
  return {
    done,
    total: sessionCount,
    remaining,
    isComplete: done >= sessionCount,
  };
}
