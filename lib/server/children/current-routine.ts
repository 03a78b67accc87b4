import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { courseScope, patientScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import type { Prisma, SessionLocation } from '@/lib/generated/prisma/client';
import type { RoutineStep } from '@/lib/domain/rules/routine-steps';
import { COURSES_NEWEST_FIRST } from '@/lib/server/courses/course-summary';
import { parseStoredRoutine } from '@/lib/validation/routine';

/** Where the family's routine fold reads its steps from: the course's place and its routine. */
export type CurrentRoutine = { location: SessionLocation; routine: RoutineStep[] | null };

const ROUTINE = { location: true, routine: true } satisfies Prisma.CourseSelect;

/**
 * The routine of a child's current course: the running one, else the latest, as the family's pages
 * show. Two small reads instead of the whole course with its sessions, since the fold needs only this.
 */
export async function findCurrentRoutine(courses: Prisma.CourseWhereInput): Promise<CurrentRoutine | null> {
  const course =
    (await db.course.findFirst({
      where: { AND: [courses, { status: 'ACTIVE' }] },
      orderBy: COURSES_NEWEST_FIRST,
      select: ROUTINE,
    })) ?? (await db.course.findFirst({ where: courses, orderBy: COURSES_NEWEST_FIRST, select: ROUTINE }));
  return course && { location: course.location, routine: parseStoredRoutine(course.routine) };
}

/**
 * The same for a signed-in reader of the child's page. A child out of their reach is not found,
 * as on the page, which recorded the reading of the record; the fold adds nothing to audit.
 */
export async function getCurrentRoutine(actor: Actor, patientId: string): Promise<CurrentRoutine | null> {
  const patient = await db.patient.findFirst({
    where: { AND: [{ id: patientId }, patientScope(actor)] },
    select: { id: true },
  });
  if (!patient) throw notFound('PATIENT', patientId);
  return findCurrentRoutine({ AND: [{ patientId }, courseScope(actor)] });
}
