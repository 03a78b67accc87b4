import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, courseScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { daysBetween, fromIsoDate, toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import type { DateRange } from '@/lib/domain/dashboard';
import type { Prisma, SessionLocation, SessionStatus } from '@/lib/generated/prisma/client';
import type { SessionListOutcome, SessionListParams } from '@/lib/validation/dashboard-lists';

/** The most rows one list shows; the dashboard's periods hold far fewer. */
export const SESSION_LIST_LIMIT = 500;
/** The longest period one list covers. */
const MAX_DAYS = 62;

/**
 * What each outcome of the dashboard counts, as the SQL of getClinicDashboard counts it (the
 * integration test holds the two to the same numbers): booked is what a therapist has on their
 * books (not moved, not called off), unrecorded a day passed with nothing recorded.
 */
const OUTCOME_WHERE = {
  BOOKED: {
    status: { not: 'POSTPONED' },
    NOT: { status: 'SCHEDULED', course: { status: 'CANCELLED' } },
  },
  DONE: { status: 'DONE' },
  MISSED: { status: 'MISSED' },
  POSTPONED: { status: 'POSTPONED' },
  UNRECORDED: { status: 'SCHEDULED', course: { status: { not: 'CANCELLED' } } },
} as const satisfies Record<SessionListOutcome, Prisma.SessionWhereInput>;

export type ClinicSessionItem = {
  id: string;
  scheduledOn: IsoDate;
  location: SessionLocation;
  status: SessionStatus;
  courseId: string;
  patientName: string;
  therapistName: string | null;
};

export type ClinicSessionList = {
  period: DateRange;
  items: ClinicSessionItem[];
  total: number;
  filters: Omit<SessionListParams, 'from' | 'to'> & { therapistName: string | null };
};

/** The sessions behind a dashboard figure, for the roles that see the dashboard. */
export async function listClinicSessions(
  actor: Actor,
  params: SessionListParams,
  today: IsoDate,
): Promise<ClinicSessionList> {
  authorize(actor, 'VIEW_DASHBOARD');
  const from = params.from ?? today;
  const to = params.to && params.to >= from && daysBetween(from, params.to) <= MAX_DAYS ? params.to : from;
  const where: Prisma.SessionWhereInput = {
    AND: [
      { course: courseScope(actor) },
      { scheduledOn: { gte: fromIsoDate(from), lte: fromIsoDate(to) } },
      params.outcome ? OUTCOME_WHERE[params.outcome] : {},
      params.location ? { location: params.location } : {},
      params.therapist ? { course: { therapistId: params.therapist === 'none' ? null : params.therapist } } : {},
    ],
  };
  const [total, rows, therapist] = await Promise.all([
    db.session.count({ where }),
    db.session.findMany({
      where,
      orderBy: [{ scheduledOn: 'asc' }, { id: 'asc' }],
      take: SESSION_LIST_LIMIT,
      select: {
        id: true,
        scheduledOn: true,
        location: true,
        status: true,
        course: {
          select: {
            id: true,
            patient: { select: { firstName: true, lastName: true } },
            therapist: { select: { name: true } },
          },
        },
      },
    }),
    params.therapist && params.therapist !== 'none'
      ? db.user.findFirst({ where: { id: params.therapist, role: 'THERAPIST' }, select: { name: true } })
      : null,
  ]);
  return {
    period: { from, to },
    total,
    items: rows.map((row) => ({
      id: row.id,
      scheduledOn: toIsoDate(row.scheduledOn),
      location: row.location,
      status: row.status,
      courseId: row.course.id,
      patientName: `${row.course.patient.firstName} ${row.course.patient.lastName}`,
      therapistName: row.course.therapist?.name ?? null,
    })),
    filters: {
      outcome: params.outcome,
      location: params.location,
      therapist: params.therapist,
      therapistName: therapist?.name ?? null,
    },
  };
}
