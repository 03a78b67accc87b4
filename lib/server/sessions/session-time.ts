import 'server-only';
import { translatable } from '@/lib/i18n/translatable';
import type { Actor } from '@/lib/auth/actor';
import { authorize, timetableSessionScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import {
  findTimeProblem,
  hasRoomChoice,
  sessionSpan,
  type Holder,
  type Minute,
  type SessionTime,
} from '@/lib/domain/clinic-day';
import { sessionTimeChoices, sessionTimeRefusal } from '@/lib/domain/session-time';
import { AppError, notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { lockCourse, lockTherapistTime } from '@/lib/server/locks';
import { getClinicDay } from '@/lib/server/settings/clinic-day';
import type { SessionTimeInput } from '@/lib/validation/session-time';
import { readBookings } from './list-bookings';
import { isTimeClash, TIME_TAKEN_MESSAGE } from './time-clash';

type Reader = Prisma.TransactionClient | typeof db;

const SESSION_FOR_TIME = {
  id: true,
  scheduledOn: true,
  status: true,
  location: true,
  plannedMinutes: true,
  startMinute: true,
  endMinute: true,
  room: true,
  course: {
    select: {
      id: true,
      status: true,
      therapistId: true,
      therapist: { select: { name: true } },
      patient: { select: { id: true, firstName: true, lastName: true } },
    },
  },
} satisfies Prisma.SessionSelect;

async function findSession(client: Reader, actor: Actor, sessionId: string) {
  const session = await client.session.findFirst({
    where: { AND: [{ id: sessionId }, timetableSessionScope(actor)] },
    select: SESSION_FOR_TIME,
  });
  if (!session) throw notFound('SESSION', sessionId);
  return { ...session, scheduledOn: toIsoDate(session.scheduledOn) };
}

const factsOf = (session: Awaited<ReturnType<typeof findSession>>) => ({
  status: session.status,
  courseStatus: session.course.status,
  location: session.location,
  therapistId: session.course.therapistId,
  scheduledOn: session.scheduledOn,
});

/** What the session's therapist (and the room) hold on its day, the session's own time left out. */
async function otherBookingsOfDay(client: Reader, sessionId: string, date: IsoDate, holder: Holder) {
  const bookings = await readBookings(client, holder, date, date);
  return bookings.filter((booking) => booking.sessionId !== sessionId);
}

export type SessionTimeForm = {
  id: string;
  scheduledOn: IsoDate;
  plannedMinutes: number;
  time: SessionTime;
  courseId: string;
  patientName: string;
  therapistName: string | null;
  /** Why the time cannot be set, or null. */
  refusal: string | null;
  /** The free starts that day, the current one included. */
  starts: Minute[];
  /** The clinic's rooms, when there is a choice. */
  rooms: readonly string[];
};

/** A session as the form that books its time shows it, if the actor may book it (timetableSessionScope). */
export async function getSessionTimeForm(actor: Actor, sessionId: string, today: IsoDate): Promise<SessionTimeForm> {
  authorize(actor, 'SET_SESSION_TIME');
  const session = await findSession(db, actor, sessionId);
  const refusal = sessionTimeRefusal(factsOf(session), today);
  const clinicDay = await getClinicDay();
  const therapistId = session.course.therapistId;
  const holder = therapistId && { therapistId, room: session.room };
  const starts =
    refusal || !holder
      ? []
      : sessionTimeChoices(
          clinicDay,
          { ...session, ...holder },
          await otherBookingsOfDay(db, session.id, session.scheduledOn, holder),
        ).starts;
  return {
    id: session.id,
    scheduledOn: session.scheduledOn,
    plannedMinutes: session.plannedMinutes,
    time: { startMinute: session.startMinute, endMinute: session.endMinute, room: session.room },
    courseId: session.course.id,
    patientName: `${session.course.patient.firstName} ${session.course.patient.lastName}`,
    therapistName: session.course.therapist?.name ?? null,
    refusal,
    starts,
    rooms: hasRoomChoice(clinicDay) ? clinicDay.rooms : [],
  };
}

export type SetSessionTimeResult = { courseId: string; sessionId: string };

/**
 * Books a clinic session's time of day on its date: a free start for its course's therapist (and
 * the room, where the clinic has several) within the opening hours. Under the course's and the
 * therapist's locks, like every change that places sessions; the exclusion constraint refuses an
 * overlap that a write outside them would make.
 */
export async function setSessionTime(
  actor: Actor,
  input: SessionTimeInput,
  today: IsoDate,
): Promise<SetSessionTimeResult> {
  authorize(actor, 'SET_SESSION_TIME');
  try {
    return await db.$transaction(async (tx) => {
      await lockCourse(tx, { sessionId: input.sessionId });
      const session = await findSession(tx, actor, input.sessionId);
      const refusal = sessionTimeRefusal(factsOf(session), today);
      const therapistId = session.course.therapistId;
      if (refusal || therapistId === null)
        throw new AppError('INVALID_STATE', refusal ?? translatable('errors.refusal.sessionTime.noTherapist'));
      await lockTherapistTime(tx, therapistId);

      const room = input.room || null;
      const clinicDay = await getClinicDay(tx);
      if (room !== null && !clinicDay.rooms.includes(room))
        throw fieldRefused('room', translatable('errors.refusal.sessionTime.chooseRoom'));
      const holder = { therapistId, room };
      const span = sessionSpan(clinicDay, session.plannedMinutes);
      const candidate = { date: session.scheduledOn, start: input.start, end: input.start + span, ...holder };
      const bookings = await otherBookingsOfDay(tx, session.id, session.scheduledOn, holder);
      const problem = findTimeProblem(clinicDay, candidate, bookings);
      if (problem) throw fieldRefused('startTime', problem);

      await tx.session.update({
        where: { id: session.id },
        data: { startMinute: candidate.start, endMinute: candidate.end, room, therapistId },
      });
      await recordAudit(tx, actor, {
        action: 'UPDATE',
        subject: { type: 'SESSION', id: session.id },
        patientId: session.course.patient.id,
      });
      return { courseId: session.course.id, sessionId: session.id };
    });
  } catch (error) {
    if (isTimeClash(error)) throw fieldRefused('startTime', TIME_TAKEN_MESSAGE);
    throw error;
  }
}

function fieldRefused(field: 'startTime' | 'room', message: string): AppError {
  return new AppError('CONFLICT', message, { [field]: [message] });
}
