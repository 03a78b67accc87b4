import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { ACCOUNTS, authorize, courseScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';

export type OrphanedCourse = { courseId: string; patientName: string };

/**
 * For the admin's account list: the active clinic courses each deactivated therapist still has,
 * keyed by their id. Nobody records those sessions until the course gets another therapist, so
 * the admin sees what to hand over and can open each course. Therapists with none are left out.
 */
export async function listCoursesOfDeactivatedTherapists(actor: Actor): Promise<Record<string, OrphanedCourse[]>> {
  authorize(actor, 'MANAGE_USERS');
  const courses = await db.course.findMany({
    where: {
      AND: [
        courseScope(actor),
        {
          status: 'ACTIVE',
          location: 'CLINIC',
          therapist: { is: { ...ACCOUNTS.therapists, deactivatedAt: { not: null } } },
        },
      ],
    },
    orderBy: [{ patient: { lastName: 'asc' } }, { patient: { firstName: 'asc' } }, { id: 'asc' }],
    select: { id: true, therapistId: true, patient: { select: { firstName: true, lastName: true } } },
  });
  const byTherapist: Record<string, OrphanedCourse[]> = {};
  for (const course of courses) {
    if (!course.therapistId) continue;
    (byTherapist[course.therapistId] ??= []).push({
      courseId: course.id,
      patientName: `${course.patient.firstName} ${course.patient.lastName}`,
    });
  }
  return byTherapist;
}
