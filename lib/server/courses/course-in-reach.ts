import 'server-only';
import { cache } from 'react';
import type { Actor } from '@/lib/auth/actor';
import { courseScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';

/**
 * The course if the actor reaches it (courseScope), else null; asked once per request: the course
 * page's parts (therapist changes, corrections) each check it, and React's cache() shares the
 * answer within one render (the actor object is itself cached per request, lib/auth/session.ts).
 */
export const findCourseInReach = cache(
  async (actor: Actor, courseId: string): Promise<{ id: string; patientId: string; createdAt: Date } | null> =>
    db.course.findFirst({
      where: { AND: [{ id: courseId }, courseScope(actor)] },
      select: { id: true, patientId: true, createdAt: true },
    }),
);
