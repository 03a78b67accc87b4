import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

/** A course prescribed for the same child after this one, which keeps this one from being reinstated. */
export function newerCourseWhere(course: { patientId: string; createdAt: Date }): Prisma.CourseWhereInput {
  return { patientId: course.patientId, createdAt: { gt: course.createdAt } };
}
