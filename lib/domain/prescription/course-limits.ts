import { SHORTEST_BREAK_DAYS } from '@/lib/domain/rules/course-breaks';

/** Where a course's sessions happen. */
export const SESSION_LOCATIONS = ['CLINIC', 'HOME'] as const;

export type SessionLocation = (typeof SESSION_LOCATIONS)[number];

/** The limits a form accepts; the clinical rule book may narrow them further for a given child. */
export const COURSE_LIMITS = {
  // Sources give 10-25 sessions a course (001, 002); a little room either side for a doctor's judgement.
  sessionCount: { min: 1, max: 30 },
  // 002: a session with gymnastics is never over 45 minutes.
  minutesPerSession: { min: 1, max: 45 },
  restAfterEvery: { min: 1, max: 30 },
  restDays: { min: 1, max: 7 },
  breakAfterDays: { min: SHORTEST_BREAK_DAYS, max: 365 },
} as const;
