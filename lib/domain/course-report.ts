import type { IsoDate } from './calendar-date';
import type { SessionStatus } from './course-progress';
import { adherencePercent } from './rates';

/**
 * The figures of a course's report for the referring doctor and the family (issue 10, "Course
 * report"): how many sessions were held, missed and made up, how the home routine was kept, and
 * the points of the minutes-and-tolerance chart. Pure, so the page, the PDF and the tests agree.
 */

export type ReportTolerance = 'GOOD' | 'FUSSY' | 'STOPPED_EARLY';

/** One session as the report needs it, in date order. */
export type ReportSessionFacts = {
  scheduledOn: IsoDate;
  location: 'CLINIC' | 'HOME';
  status: SessionStatus;
  isMakeUp: boolean;
  /** Still scheduled when the course was cancelled: it will never take place. */
  isCalledOff: boolean;
  plannedMinutes: number;
  actualMinutes: number | null;
  tolerance: ReportTolerance | null;
};

export type SessionTally = { done: number; missed: number; postponed: number; toCome: number; unrecorded: number };

export type ChartPoint = {
  /** The session's place in the course, as the session list numbers it. */
  number: number;
  scheduledOn: IsoDate;
  plannedMinutes: number;
  /** As recorded; the planned minutes when the recorder left them blank. */
  minutes: number;
  tolerance: ReportTolerance | null;
};

export type CourseReportFigures = {
  clinic: SessionTally;
  home: SessionTally;
  /**
   * Home sessions held of those that were due by today, in percent; null for a course with no
   * home session due yet. A postponed session (the baby unwell, a family reason) is moved, not
   * skipped, so it is not held against the family; a past one nobody recorded is.
   */
  homeAdherencePercent: number | null;
  /** Sessions that did not take place as planned: missed or postponed. */
  missedOrPostponed: number;
  /** Make-up sessions already held, and those still to come. */
  madeUp: number;
  makeUpsToCome: number;
  minutesHeld: number;
  toleranceCounts: Record<ReportTolerance, number>;
  chart: ChartPoint[];
};

function tally(sessions: readonly ReportSessionFacts[], today: IsoDate): SessionTally {
  const result: SessionTally = { done: 0, missed: 0, postponed: 0, toCome: 0, unrecorded: 0 };
  for (const session of sessions) {
    if (session.isCalledOff) continue;
    if (session.status === 'DONE') result.done += 1;
    else if (session.status === 'MISSED') result.missed += 1;
    else if (session.status === 'POSTPONED') result.postponed += 1;
    else if (session.scheduledOn < today) result.unrecorded += 1;
    else result.toCome += 1;
  }
  return result;
}

export function courseReportFigures(sessions: readonly ReportSessionFacts[], today: IsoDate): CourseReportFigures {
  const clinic = tally(
    sessions.filter((session) => session.location === 'CLINIC'),
    today,
  );
  const home = tally(
    sessions.filter((session) => session.location === 'HOME'),
    today,
  );
  const toleranceCounts: Record<ReportTolerance, number> = { GOOD: 0, FUSSY: 0, STOPPED_EARLY: 0 };
  const chart: ChartPoint[] = [];
  sessions.forEach((session, index) => {
    if (session.status !== 'DONE') return;
    if (session.tolerance) toleranceCounts[session.tolerance] += 1;
    chart.push({
      number: index + 1,
      scheduledOn: session.scheduledOn,
      plannedMinutes: session.plannedMinutes,
      minutes: session.actualMinutes ?? session.plannedMinutes,
      tolerance: session.tolerance,
    });
  });
  const makeUps = sessions.filter((session) => session.isMakeUp && !session.isCalledOff);
  return {
    clinic,
    home,
    homeAdherencePercent: adherencePercent(home),
    missedOrPostponed: clinic.missed + clinic.postponed + home.missed + home.postponed,
    madeUp: makeUps.filter((session) => session.status === 'DONE').length,
    makeUpsToCome: makeUps.filter((session) => session.status === 'SCHEDULED').length,
    minutesHeld: chart.reduce((sum, point) => sum + point.minutes, 0),
    toleranceCounts,
    chart,
  };
}

/** Who a report is for: the clinic's staff, or the child's family. */
export type ReportAudience = 'STAFF' | 'FAMILY';

export type ReportSessionLine = {
  notes: string;
  reason: string;
  recordedByName: string | null;
};

/**
 * What of each session the family's copy shows: what the family's own page shows today
 * (components/children/course-calendar.tsx), so the report reveals nothing new. That is the
 * session's notes and a postponement's reason (the family sees "Not well today: …" there too),
 * but not who recorded it. The one place that decides it, for the page and the PDF alike.
 */
export function sessionLineFor<T extends ReportSessionLine & { status: SessionStatus }>(
  audience: ReportAudience,
  session: T,
): T {
  if (audience === 'STAFF') return session;
  return { ...session, reason: session.status === 'POSTPONED' ? session.reason : '', recordedByName: null };
}
