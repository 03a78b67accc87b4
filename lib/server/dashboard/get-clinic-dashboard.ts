import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, courseScope, patientScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { fromIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { rateWindow, weekOf, type DateRange } from '@/lib/domain/dashboard';
import type { OutcomeCounts } from '@/lib/domain/rates';
import { overdueSessionsWhere } from '@/lib/server/sessions/overdue-sessions';

export type TherapistLoad = { therapistId: string | null; therapistName: string | null; today: number; week: number };

export type ClinicDashboard = {
  today: IsoDate;
  week: DateRange;
  rateWindow: DateRange;
  activeCourses: number;
  /** Clinic sessions booked today and this week, by the course's therapist (null: none assigned). */
  therapists: TherapistLoad[];
  /** Sessions whose day came in the rate window, by outcome. */
  clinicOutcomes: OutcomeCounts;
  homeOutcomes: OutcomeCounts;
  childrenDue: number;
  /** Courses with an alert nobody has marked done: a family's report, a contraindication, a finished course. */
  coursesToReview: number;
  /** Sessions of running courses whose day passed with nothing recorded. */
  overdueSessions: number;
};

type OutcomeRow = { location: 'CLINIC' | 'HOME'; status: 'SCHEDULED' | 'DONE' | 'MISSED' | 'POSTPONED'; count: bigint };
type LoadRow = { therapistId: string | null; therapistName: string | null; today: bigint; week: bigint };

/**
 * The clinic's figures, each counted in the database (no row loaded to be counted), in the same
 * six statements whatever the clinic's size. The roles that may open the dashboard reach every
 * course (a test holds policy to that), so the two grouped counts in SQL need no scope of their own.
 */
export async function getClinicDashboard(actor: Actor, today: IsoDate): Promise<ClinicDashboard> {
  authorize(actor, 'VIEW_DASHBOARD');
  const week = weekOf(today);
  const window = rateWindow(today);
  const [activeCourses, loads, outcomes, childrenDue, coursesToReview, overdueSessions] = await Promise.all([
    db.course.count({ where: { AND: [courseScope(actor), { status: 'ACTIVE' }] } }),
    // A postponed session was moved (its make-up is booked instead); one called off by a
    // cancellation will not take place.
    db.$queryRaw<LoadRow[]>`
      SELECT c."therapistId" AS "therapistId", u."name" AS "therapistName",
             count(*) FILTER (WHERE s."scheduledOn" = ${fromIsoDate(today)}::date) AS "today",
             count(*) AS "week"
      FROM "Session" s
      JOIN "Course" c ON c."id" = s."courseId"
      LEFT JOIN "User" u ON u."id" = c."therapistId"
      WHERE s."location" = 'CLINIC'
        AND s."scheduledOn" BETWEEN ${fromIsoDate(week.from)}::date AND ${fromIsoDate(week.to)}::date
        AND s."status" <> 'POSTPONED'
        AND NOT (s."status" = 'SCHEDULED' AND c."status" = 'CANCELLED')
      GROUP BY c."therapistId", u."name"
      ORDER BY u."name" NULLS LAST`,
    db.$queryRaw<OutcomeRow[]>`
      SELECT s."location" AS "location", s."status" AS "status", count(*) AS "count"
      FROM "Session" s
      JOIN "Course" c ON c."id" = s."courseId"
      WHERE s."scheduledOn" BETWEEN ${fromIsoDate(window.from)}::date AND ${fromIsoDate(window.to)}::date
        AND NOT (s."status" = 'SCHEDULED' AND c."status" = 'CANCELLED')
      GROUP BY s."location", s."status"`,
    db.patient.count({ where: { AND: [patientScope(actor), { nextCourseDueOn: { lte: fromIsoDate(today) } }] } }),
    db.course.count({ where: { AND: [courseScope(actor), { alerts: { some: { doneAt: null } } }] } }),
    db.session.count({ where: overdueSessionsWhere(courseScope(actor), today) }),
  ]);
  const outcomesAt = (location: OutcomeRow['location']): OutcomeCounts => {
    const count = (status: OutcomeRow['status']) =>
      Number(outcomes.find((row) => row.location === location && row.status === status)?.count ?? 0);
    return {
      done: count('DONE'),
      missed: count('MISSED'),
      postponed: count('POSTPONED'),
      unrecorded: count('SCHEDULED'),
    };
  };
  return {
    today,
    week,
    rateWindow: window,
    activeCourses,
    therapists: loads.map((row) => ({ ...row, today: Number(row.today), week: Number(row.week) })),
    clinicOutcomes: outcomesAt('CLINIC'),
    homeOutcomes: outcomesAt('HOME'),
    childrenDue,
    coursesToReview,
    overdueSessions,
  };
}
