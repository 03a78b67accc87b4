import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, can, correctableSessionScope, courseScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { newerCourseWhere } from './newer-course';
import {
  SESSION_CORRECTIONS_INCLUDE,
  toCorrectionEntry,
  type SessionCorrectionEntry,
} from '@/lib/server/sessions/session-corrections';

export type ReinstatementItem = {
  id: string;
  reinstatedAt: Date;
  reinstatedByName: string;
  reason: string;
  /** Why it had been cancelled, as the cancellation said. */
  cancelReason: string;
};

export type CourseCorrections = {
  /** Each session's corrections, newest first, by session id; sessions never corrected are absent. */
  bySession: Record<string, SessionCorrectionEntry[]>;
  /** The recorded sessions this actor may correct (correctableSessionScope). */
  correctableSessionIds: string[];
  /** A course prescribed for the child after this one: it can no longer be reinstated. */
  hasNewerCourse: boolean;
  reinstatements: ReinstatementItem[];
};

/**
 * What the course page shows of the course's corrections, for staff (VIEW_PATIENTS), with the
 * course's own reach: each session's history, which sessions the actor may correct, and whether
 * the course may be reinstated.
 */
export async function getCourseCorrections(actor: Actor, courseId: string): Promise<CourseCorrections> {
  authorize(actor, 'VIEW_PATIENTS');
  const course = await db.course.findFirst({
    where: { AND: [{ id: courseId }, courseScope(actor)] },
    select: {
      patientId: true,
      createdAt: true,
      sessions: {
        where: { corrections: { some: {} } },
        select: { id: true, corrections: SESSION_CORRECTIONS_INCLUDE },
      },
      reinstatements: {
        orderBy: { reinstatedAt: 'desc' },
        select: {
          id: true,
          reinstatedAt: true,
          reason: true,
          cancelReason: true,
          reinstatedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!course) throw notFound('COURSE', courseId);
  const [correctable, newer] = await Promise.all([
    can(actor.role, 'CORRECT_SESSION')
      ? db.session.findMany({
          where: { AND: [{ courseId }, { status: { not: 'SCHEDULED' } }, correctableSessionScope(actor)] },
          select: { id: true },
        })
      : [],
    db.course.count({ where: newerCourseWhere(course) }),
  ]);
  return {
    bySession: Object.fromEntries(
      course.sessions.map((session) => [session.id, session.corrections.map(toCorrectionEntry)]),
    ),
    correctableSessionIds: correctable.map((session) => session.id),
    hasNewerCourse: newer > 0,
    reinstatements: course.reinstatements.map((item) => ({
      id: item.id,
      reinstatedAt: item.reinstatedAt,
      reinstatedByName: item.reinstatedBy.name,
      reason: item.reason,
      cancelReason: item.cancelReason,
    })),
  };
}
