import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, courseScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { COURSE_SUMMARY_INCLUDE, toCourseSummary, type CourseSummary } from '@/lib/server/courses/course-summary';

/** The most courses one page shows. */
export const ACTIVE_COURSE_LIMIT = 500;

export type ActiveCourseItem = CourseSummary & { patientId: string; patientName: string };

/** The courses under way, the dashboard's first figure, oldest start first. */
export async function listActiveCourses(actor: Actor): Promise<{ items: ActiveCourseItem[]; total: number }> {
  authorize(actor, 'VIEW_DASHBOARD');
  const where = { AND: [courseScope(actor), { status: 'ACTIVE' as const }] };
  const [total, courses] = await Promise.all([
    db.course.count({ where }),
    db.course.findMany({
      where,
      orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
      take: ACTIVE_COURSE_LIMIT,
      include: { ...COURSE_SUMMARY_INCLUDE, patient: { select: { id: true, firstName: true, lastName: true } } },
    }),
  ]);
  return {
    total,
    items: courses.map((course) => ({
      ...toCourseSummary(course),
      patientId: course.patient.id,
      patientName: `${course.patient.firstName} ${course.patient.lastName}`,
    })),
  };
}
