import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { courseProgress, type CourseProgress } from '@/lib/domain/course-progress';
import { notFound } from '@/lib/errors';
import type { CourseStatus, IndicationKind, SessionLocation, SessionStatus } from '@/lib/generated/prisma/client';
import { recordableSessionScope } from '@/lib/auth/policy';
import { recordAuditAlone } from '@/lib/server/audit/record-audit';
import { maxSessionMinutesOn } from '@/lib/domain/prescription/child-facts';
import { getClinicDefaults } from '@/lib/server/settings/clinic-defaults';
import type { RoutineStep } from '@/lib/domain/rules';
import { parseStoredRoutine } from '@/lib/validation/routine';

export type SessionForRecording = {
  id: string;
  scheduledOn: IsoDate;
  location: SessionLocation;
  status: SessionStatus;
  isMakeUp: boolean;
  /** Its place in the course's calendar, counting make-up sessions, as the course page numbers it. */
  number: number;
  plannedMinutes: number;
  /** The appointment (clinic sessions; null when not set). */
  time: { startMinute: number | null; endMinute: number | null; room: string | null };
  /** The longest session at the child's age on the session's date (clinic settings). */
  ageMaxMinutes: number;
  course: {
    id: string;
    status: CourseStatus;
    /** Who holds the course's clinic times. */
    therapistId: string | null;
    kind: IndicationKind;
    diagnosis: string;
    progress: CourseProgress;
    lastSessionDate: IsoDate;
    /** The stored routine, as prescribed; null when none can be read. */
    routine: RoutineStep[] | null;
  };
  patient: {
    id: string;
    firstName: string;
    lastName: string;
    dateOfBirth: IsoDate;
    gestationalAgeDays: number | null;
  };
};

/**
 * One session with what its recording form needs, if the actor may record it (a therapist:
 * clinic sessions of their own courses; a parent: home sessions of their children). Anything
 * else is "not found". The read is audited.
 */
export async function getSessionForRecording(actor: Actor, sessionId: string): Promise<SessionForRecording> {
  const session = await db.session.findFirst({
    where: { AND: [{ id: sessionId }, recordableSessionScope(actor)] },
    include: {
      course: {
        include: {
          indication: { select: { kind: true, diagnosis: true } },
          patient: {
            select: { id: true, firstName: true, lastName: true, dateOfBirth: true, gestationalAgeDays: true },
          },
          sessions: { select: { id: true, status: true, scheduledOn: true }, orderBy: { scheduledOn: 'asc' } },
        },
      },
    },
  });
  if (!session) throw notFound('SESSION', sessionId);
  const { course } = session;
  await recordAuditAlone(actor, {
    action: 'READ',
    subject: { type: 'SESSION', id: session.id },
    patientId: course.patientId,
  });
  const lastSession = course.sessions.at(-1);
  const scheduledOn = toIsoDate(session.scheduledOn);
  const patient = { ...course.patient, dateOfBirth: toIsoDate(course.patient.dateOfBirth) };
  return {
    id: session.id,
    scheduledOn,
    location: session.location,
    status: session.status,
    isMakeUp: session.isMakeUp,
    number: course.sessions.findIndex((other) => other.id === session.id) + 1,
    plannedMinutes: session.plannedMinutes,
    time: { startMinute: session.startMinute, endMinute: session.endMinute, room: session.room },
    ageMaxMinutes: maxSessionMinutesOn(patient, scheduledOn, await getClinicDefaults()),
    course: {
      id: course.id,
      status: course.status,
      therapistId: course.therapistId,
      kind: course.indication.kind,
      diagnosis: course.indication.diagnosis,
      progress: courseProgress(
        course.sessions.map((other) => other.status),
        course.sessionCount,
      ),
      lastSessionDate: toIsoDate((lastSession ?? session).scheduledOn),
      routine: parseStoredRoutine(course.routine),
    },
    patient,
  };
}
