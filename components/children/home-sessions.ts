import type { IsoDate } from '@/lib/domain/calendar-date';
import type { CourseStatus } from '@/lib/domain/course-changes';
import { sessionOutcomes } from '@/lib/domain/session-outcomes';
import type { CourseSession } from '@/lib/server/courses/get-course';

// Apart from the calendar (home-course-calendar.tsx): a page that imports these but draws no
// calendar (the guided session) would otherwise carry the calendar's client code (issue 11).

/** The calendar shows what the course page shows, minus who recorded each session. */
export type CalendarSession = Omit<CourseSession, 'recordedByName'>;

/** What a parent may record for a home session: the clinic's "postponed" is not theirs to choose. */
export const HOME_OUTCOMES = ['DONE', 'MISSED', 'UNWELL'] as const;
export type HomeOutcome = (typeof HOME_OUTCOMES)[number];

/**
 * The outcomes a parent may record for this session now, as sessionOutcomes allows them (the use
 * case asks it again): none for a clinic session, a recorded one, a future one or a closed course.
 */
export function homeOutcomesFor(session: CalendarSession, today: IsoDate, courseStatus: CourseStatus): HomeOutcome[] {
  if (session.location !== 'HOME') return [];
  const { refusals } = sessionOutcomes({
    status: session.status,
    courseStatus,
    scheduledOn: session.scheduledOn,
    today,
  });
  return HOME_OUTCOMES.filter((outcome) => refusals[outcome] === null);
}

/**
 * The session the home routine is sized for: the next one still to do, today's if there is one.
 * Null when none is left.
 */
export function nextSessionToDo(sessions: readonly CalendarSession[], today: IsoDate): CalendarSession | null {
  return (
    sessions.find(
      (session) => session.status === 'SCHEDULED' && !session.isCalledOff && session.scheduledOn >= today,
    ) ?? null
  );
}
