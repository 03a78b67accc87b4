import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { alertScope, authorize, can, courseScope, patientScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import type { EventAlertKind } from '@/lib/domain/alerts';
import { fromIsoDate, toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { isOverdue } from '@/lib/domain/session-state';
import { awaitsBooking } from '@/lib/domain/session-time';
import type { Prisma } from '@/lib/generated/prisma/client';
import { overdueSessionsWhere } from '@/lib/server/sessions/overdue-sessions';
import { untimedSessionsWhere } from '@/lib/server/sessions/untimed-sessions';

/** The most of each kind shown at once. */
const ALERT_LIMIT = 100;

export type EventAlertItem = {
  id: string;
  kind: EventAlertKind;
  createdAt: Date;
  patientId: string;
  patientName: string;
  courseId: string;
  /** The session the alert is about, with its day; null for a course's report. */
  session: { id: string; scheduledOn: IsoDate } | null;
};

export type OverdueAlertItem = { sessionId: string; scheduledOn: IsoDate; courseId: string; patientName: string };
/** A clinic session to come with no time booked: the link books it. */
export type UntimedAlertItem = { sessionId: string; scheduledOn: IsoDate; patientName: string };
export type DueAlertItem = { patientId: string; patientName: string; nextCourseDueOn: IsoDate };

export type AttentionList = {
  alerts: EventAlertItem[];
  overdue: OverdueAlertItem[];
  untimed: UntimedAlertItem[];
  /** Children due for a course: null for whoever does not prescribe courses. */
  due: DueAlertItem[] | null;
};

const fullName = (patient: { firstName: string; lastName: string }) => `${patient.firstName} ${patient.lastName}`;

/** The filters behind the list and its count, for one actor on one day (see lib/domain/alerts.ts). */
function attentionWhere(actor: Actor, today: IsoDate) {
  return {
    alerts: { AND: [alertScope(actor), { doneAt: null }] } satisfies Prisma.AlertWhereInput,
    overdue: overdueSessionsWhere(courseScope(actor), today),
    untimed: untimedSessionsWhere(courseScope(actor), today),
    // Only the doctor acts on a child due for a course: by prescribing the next one.
    due: can(actor.role, 'PRESCRIBE_COURSE')
      ? ({
          AND: [patientScope(actor), { nextCourseDueOn: { lte: fromIsoDate(today) } }],
        } satisfies Prisma.PatientWhereInput)
      : null,
  };
}

/** How many things need the actor's attention, for the header: a few indexed counts. */
export async function countAttention(actor: Actor, today: IsoDate): Promise<number> {
  authorize(actor, 'VIEW_ALERTS');
  const where = attentionWhere(actor, today);
  const counts = await Promise.all([
    db.alert.count({ where: where.alerts }),
    db.session.count({ where: where.overdue }),
    db.session.count({ where: where.untimed }),
    where.due ? db.patient.count({ where: where.due }) : 0,
  ]);
  return counts.reduce((sum, count) => sum + count, 0);
}

/** The "needs attention" list: open alerts newest first, then what stands open in the record. */
export async function listAttention(actor: Actor, today: IsoDate): Promise<AttentionList> {
  authorize(actor, 'VIEW_ALERTS');
  const where = attentionWhere(actor, today);
  const patientName = { select: { firstName: true, lastName: true } } as const;
  const [alerts, overdue, untimed, due] = await Promise.all([
    db.alert.findMany({
      where: where.alerts,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: ALERT_LIMIT,
      select: {
        id: true,
        kind: true,
        createdAt: true,
        patientId: true,
        courseId: true,
        patient: patientName,
        session: { select: { id: true, scheduledOn: true } },
      },
    }),
    db.session.findMany({
      where: where.overdue,
      orderBy: [{ scheduledOn: 'asc' }, { id: 'asc' }],
      take: ALERT_LIMIT,
      select: {
        id: true,
        status: true,
        scheduledOn: true,
        course: { select: { id: true, status: true, patient: patientName } },
      },
    }),
    db.session.findMany({
      where: where.untimed,
      orderBy: [{ scheduledOn: 'asc' }, { id: 'asc' }],
      take: ALERT_LIMIT,
      select: {
        id: true,
        status: true,
        location: true,
        scheduledOn: true,
        startMinute: true,
        course: { select: { status: true, therapistId: true, patient: patientName } },
      },
    }),
    where.due
      ? db.patient.findMany({
          where: where.due,
          orderBy: [{ nextCourseDueOn: 'asc' }, { id: 'asc' }],
          take: ALERT_LIMIT,
          select: { id: true, firstName: true, lastName: true, nextCourseDueOn: true },
        })
      : null,
  ]);
  return {
    alerts: alerts.map((alert) => ({
      id: alert.id,
      kind: alert.kind,
      createdAt: alert.createdAt,
      patientId: alert.patientId,
      patientName: fullName(alert.patient),
      courseId: alert.courseId,
      session: alert.session ? { id: alert.session.id, scheduledOn: toIsoDate(alert.session.scheduledOn) } : null,
    })),
    // The query narrows the rows; sessionState decides, as it does on every page.
    overdue: overdue
      .map((session) => ({ ...session, scheduledOn: toIsoDate(session.scheduledOn) }))
      .filter((session) => isOverdue(session, session.course.status, today))
      .map((session) => ({
        sessionId: session.id,
        scheduledOn: session.scheduledOn,
        courseId: session.course.id,
        patientName: fullName(session.course.patient),
      })),
    untimed: untimed
      .map((session) => ({ ...session, scheduledOn: toIsoDate(session.scheduledOn) }))
      .filter((session) =>
        awaitsBooking(
          { ...session, courseStatus: session.course.status, therapistId: session.course.therapistId },
          today,
        ),
      )
      .map((session) => ({
        sessionId: session.id,
        scheduledOn: session.scheduledOn,
        patientName: fullName(session.course.patient),
      })),
    due:
      due?.flatMap((patient) =>
        patient.nextCourseDueOn
          ? [
              {
                patientId: patient.id,
                patientName: fullName(patient),
                nextCourseDueOn: toIsoDate(patient.nextCourseDueOn),
              },
            ]
          : [],
      ) ?? null,
  };
}
