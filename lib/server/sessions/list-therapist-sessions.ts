import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { addDays, fromIsoDate, toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { authorize, courseScope } from '@/lib/auth/policy';
import { isOverdue } from '@/lib/domain/session-state';

export type TherapistSession = {
  id: string;
  scheduledOn: IsoDate;
  isMakeUp: boolean;
  courseId: string;
  patientId: string;
  patientName: string;
  diagnosis: string;
  /** This session's planned minutes (they grow over the course). */
  plannedMinutes: number;
};

export type TherapistAgenda = { overdue: TherapistSession[]; today: TherapistSession[]; upcoming: TherapistSession[] };

const UPCOMING_DAYS = 14;

/**
 * The clinic sessions assigned to this therapist that still need recording: earlier ones not yet
 * recorded, today's, and the next two weeks'.
 */
export async function listTherapistSessions(actor: Actor, today: IsoDate): Promise<TherapistAgenda> {
  authorize(actor, 'RECORD_CLINIC_SESSION');
  const sessions = await db.session.findMany({
    where: {
      status: 'SCHEDULED',
      location: 'CLINIC',
      scheduledOn: { lte: fromIsoDate(addDays(today, UPCOMING_DAYS)) },
      course: { AND: [courseScope(actor), { status: 'ACTIVE' }] },
    },
    orderBy: [{ scheduledOn: 'asc' }, { course: { patient: { lastName: 'asc' } } }],
    include: {
      course: {
        select: {
          id: true,
          indication: { select: { diagnosis: true } },
          patient: { select: { id: true, firstName: true, lastName: true } },
        },
      },
    },
  });
  const agenda: TherapistAgenda = { overdue: [], today: [], upcoming: [] };
  for (const session of sessions) {
    const scheduledOn = toIsoDate(session.scheduledOn);
    const item: TherapistSession = {
      id: session.id,
      scheduledOn,
      isMakeUp: session.isMakeUp,
      courseId: session.course.id,
      patientId: session.course.patient.id,
      patientName: `${session.course.patient.firstName} ${session.course.patient.lastName}`,
      diagnosis: session.course.indication.diagnosis,
      plannedMinutes: session.plannedMinutes,
    };
    // Only active courses are read, so the session's course status is ACTIVE here.
    if (isOverdue({ status: session.status, scheduledOn }, 'ACTIVE', today)) agenda.overdue.push(item);
    else if (scheduledOn === today) agenda.today.push(item);
    else agenda.upcoming.push(item);
  }
  return agenda;
}
