import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import type { RoutineStep } from '@/lib/domain/rules';
import { describeSchedule } from '@/lib/domain/schedule';
import { notFound } from '@/lib/errors';
import type { Prisma, SessionLocation, SessionStatus, Tolerance } from '@/lib/generated/prisma/client';
import { courseScope } from '@/lib/auth/policy';
import { parseStoredScreening, type StoredScreening } from '@/lib/validation/course-screening';
import { parseStoredRoutine } from '@/lib/validation/routine';
import { recordAuditAlone } from '@/lib/server/audit/record-audit';
import { userNames } from '@/lib/server/users/user-names';
import { scheduleRulesOf } from './course-rules';
import type { SessionTime } from '@/lib/domain/clinic-day';
import { COURSE_SUMMARY_INCLUDE, isCalledOff, toCourseSummary, type CourseSummary } from './course-summary';

export type CourseSession = {
  id: string;
  number: number;
  scheduledOn: IsoDate;
  location: SessionLocation;
  status: SessionStatus;
  isMakeUp: boolean;
  /** How long the session is planned to last: a course's sessions grow from short ones. */
  plannedMinutes: number;
  /** The clinic appointment (null times: not set, e.g. booked before sessions had times; home sessions). */
  time: SessionTime;
  /** Still scheduled when the course was cancelled: it will not take place. */
  isCalledOff: boolean;
  actualMinutes: number | null;
  tolerance: Tolerance | null;
  notes: string;
  reason: string;
  recordedByName: string | null;
  /** Whoever recorded it done confirmed the baby was well beforehand (see recordSession). */
  wellConfirmed: boolean;
};

export type CourseDetail = CourseSummary & {
  patient: {
    id: string;
    firstName: string;
    lastName: string;
    dateOfBirth: IsoDate;
    gestationalAgeDays: number | null;
  };
  prescribedByName: string;
  /** The assigned therapist; a deactivated one still has the course until someone reassigns it. */
  therapist: { id: string; name: string; isDeactivated: boolean } | null;
  scheduleDescription: string;
  minutesPerSession: number;
  breakAfterDays: number;
  homeRoutineNotes: string;
  /** The ordered steps as stored; null when none are stored or they cannot be read. */
  routine: RoutineStep[] | null;
  /** null for a course stored without a readable screening. */
  screening: (StoredScreening & { screenedByName: string }) | null;
  sessions: CourseSession[];
};

/** One course with its dated sessions, if the actor may see it (the read is audited). */
export async function getCourse(actor: Actor, courseId: string): Promise<CourseDetail> {
  const course = await findCourseDetail({ AND: [{ id: courseId }, courseScope(actor)] });
  if (!course) throw notFound('COURSE', courseId);
  await recordAuditAlone(actor, {
    action: 'READ',
    subject: { type: 'COURSE', id: course.id },
    patientId: course.patient.id,
  });
  return course;
}

/**
 * The course that `where` finds, newest first; the caller has scoped `where` and audits the read
 * (getCourse for a signed-in actor, openCareLink for a caregiver's link).
 */
export async function findCourseDetail(where: Prisma.CourseWhereInput): Promise<CourseDetail | null> {
  const course = await db.course.findFirst({
    where,
    orderBy: { startDate: 'desc' },
    include: {
      ...COURSE_SUMMARY_INCLUDE,
      // Who prescribed, cancelled and recorded: one statement for their names (userNames), not one each.
      cancelledBy: false,
      // The full sessions, in the summary's order: one query serves both the summary and the list.
      sessions: { orderBy: COURSE_SUMMARY_INCLUDE.sessions.orderBy },
      patient: { select: { id: true, firstName: true, lastName: true, dateOfBirth: true, gestationalAgeDays: true } },
      therapist: { select: { id: true, name: true, deactivatedAt: true } },
    },
  });
  if (!course) return null;
  const nameOf = await userNames([
    course.prescribedById,
    course.cancelledById,
    ...course.sessions.map((session) => session.recordedById),
  ]);
  const screening = parseStoredScreening(course.screening);
  const prescribedByName = nameOf(course.prescribedById);
  return {
    ...toCourseSummary({
      ...course,
      cancelledBy: course.cancelledById === null ? null : { name: nameOf(course.cancelledById) },
    }),
    patient: { ...course.patient, dateOfBirth: toIsoDate(course.patient.dateOfBirth) },
    prescribedByName,
    therapist: course.therapist
      ? { id: course.therapist.id, name: course.therapist.name, isDeactivated: course.therapist.deactivatedAt !== null }
      : null,
    scheduleDescription: describeSchedule(scheduleRulesOf(course)),
    minutesPerSession: course.minutesPerSession,
    breakAfterDays: course.breakAfterDays,
    homeRoutineNotes: course.homeRoutineNotes,
    routine: parseStoredRoutine(course.routine),
    // Screening is recorded when the course is prescribed, so the prescriber is the one who screened.
    screening: screening === null ? null : { ...screening, screenedByName: prescribedByName },
    sessions: course.sessions.map((session, index) => ({
      id: session.id,
      number: index + 1,
      scheduledOn: toIsoDate(session.scheduledOn),
      location: session.location,
      status: session.status,
      isMakeUp: session.isMakeUp,
      plannedMinutes: session.plannedMinutes,
      time: { startMinute: session.startMinute, endMinute: session.endMinute, room: session.room },
      isCalledOff: isCalledOff(session.status, course.status),
      actualMinutes: session.actualMinutes,
      tolerance: session.tolerance,
      notes: session.notes,
      reason: session.reason,
      recordedByName:
        (session.recordedById === null ? null : nameOf(session.recordedById)) ??
        (session.recordedByCaregiverName ? `${session.recordedByCaregiverName} (caregiver’s link)` : null),
      wellConfirmed: session.wellConfirmedAt !== null,
    })),
  };
}
