import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { addDays, fromIsoDate, toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { authorize, courseScope } from '@/lib/auth/policy';
import type { Prisma } from '@/lib/generated/prisma/client';

export type TherapistSession = {
  id: string;
  scheduledOn: IsoDate;
  startMinute: number | null;
  endMinute: number | null;
  room: string | null;
  isMakeUp: boolean;
  courseId: string;
  patientId: string;
  patientName: string;
  diagnosis: string;
  /** This session's planned minutes (they grow over the course). */
  plannedMinutes: number;
};

export type AgendaDay = { date: IsoDate; sessions: TherapistSession[] };

export type TherapistAgenda = {
  /** Earlier sessions not recorded yet, oldest first, at most OVERDUE_SHOWN of them. */
  overdue: TherapistSession[];
  overdueCount: number;
  /** Each day of the range, its sessions by time (those with no time set last). */
  days: AgendaDay[];
};

/** The overdue list is a reminder, not a report: the oldest this many, and the count. */
export const OVERDUE_SHOWN = 20;

const SELECT = {
  id: true,
  scheduledOn: true,
  startMinute: true,
  endMinute: true,
  room: true,
  isMakeUp: true,
  plannedMinutes: true,
  course: {
    select: {
      id: true,
      indication: { select: { diagnosis: true } },
      patient: { select: { id: true, firstName: true, lastName: true } },
    },
  },
} as const satisfies Prisma.SessionSelect;

function toItem(session: Prisma.SessionGetPayload<{ select: typeof SELECT }>): TherapistSession {
  return {
    id: session.id,
    scheduledOn: toIsoDate(session.scheduledOn),
    startMinute: session.startMinute,
    endMinute: session.endMinute,
    room: session.room,
    isMakeUp: session.isMakeUp,
    courseId: session.course.id,
    patientId: session.course.patient.id,
    patientName: `${session.course.patient.firstName} ${session.course.patient.lastName}`,
    diagnosis: session.course.indication.diagnosis,
    plannedMinutes: session.plannedMinutes,
  };
}

/**
 * The therapist's agenda: the clinic sessions of their running courses still to record on each
 * day of the range (a day or a week), by time, and, apart, the earlier ones nobody recorded
 * (overdue for every role, lib/domain/session-state.ts), listed until recorded. Bounded: a week
 * of one therapist's sessions and the oldest OVERDUE_SHOWN overdue ones.
 */
export async function listTherapistSessions(
  actor: Actor,
  today: IsoDate,
  range: { from: IsoDate; days: number } = { from: today, days: 1 },
): Promise<TherapistAgenda> {
  authorize(actor, 'RECORD_CLINIC_SESSION');
  const mine: Prisma.SessionWhereInput = {
    status: 'SCHEDULED',
    location: 'CLINIC',
    course: { AND: [courseScope(actor), { status: 'ACTIVE' }] },
  };
  const overdueWhere: Prisma.SessionWhereInput = { ...mine, scheduledOn: { lt: fromIsoDate(today) } };
  const last = addDays(range.from, range.days - 1);
  const [overdue, overdueCount, inRange] = await Promise.all([
    db.session.findMany({
      where: overdueWhere,
      orderBy: [{ scheduledOn: 'asc' }, { startMinute: { sort: 'asc', nulls: 'last' } }],
      take: OVERDUE_SHOWN,
      select: SELECT,
    }),
    db.session.count({ where: overdueWhere }),
    db.session.findMany({
      // Days before today in the range show only what is overdue, which is listed apart.
      where: {
        ...mine,
        scheduledOn: { gte: fromIsoDate(range.from > today ? range.from : today), lte: fromIsoDate(last) },
      },
      orderBy: [
        { scheduledOn: 'asc' },
        { startMinute: { sort: 'asc', nulls: 'last' } },
        { course: { patient: { lastName: 'asc' } } },
      ],
      select: SELECT,
    }),
  ]);
  const items = inRange.map(toItem);
  const days = Array.from({ length: range.days }, (_, index) => {
    const date = addDays(range.from, index);
    return { date, sessions: items.filter((item) => item.scheduledOn === date) };
  });
  return { overdue: overdue.map(toItem), overdueCount, days };
}
