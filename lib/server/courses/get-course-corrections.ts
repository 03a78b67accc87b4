import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, can, correctableSessionScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { newerCourseWhere } from './newer-course';
import { toCorrectionEntry, type SessionCorrectionEntry } from '@/lib/server/sessions/session-corrections';
import { userNames } from '@/lib/server/users/user-names';
import { findCourseInReach } from './course-in-reach';

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
 * the course may be reinstated. Rows and the names of who wrote them are read apart (userNames),
 * so a course with none of them costs no statement per relation.
 */
export async function getCourseCorrections(actor: Actor, courseId: string): Promise<CourseCorrections> {
  authorize(actor, 'VIEW_PATIENTS');
  const course = await findCourseInReach(actor, courseId);
  if (!course) throw notFound('COURSE', courseId);
  const [corrections, reinstatements, correctable, newer] = await Promise.all([
    db.sessionCorrection.findMany({ where: { session: { courseId } }, orderBy: { correctedAt: 'desc' } }),
    db.courseReinstatement.findMany({
      where: { courseId },
      orderBy: { reinstatedAt: 'desc' },
      select: { id: true, reinstatedAt: true, reason: true, cancelReason: true, reinstatedById: true },
    }),
    can(actor.role, 'CORRECT_SESSION')
      ? db.session.findMany({
          where: { AND: [{ courseId }, { status: { not: 'SCHEDULED' } }, correctableSessionScope(actor)] },
          select: { id: true },
        })
      : [],
    db.course.count({ where: newerCourseWhere(course) }),
  ]);
  const nameOf = await userNames([
    ...corrections.map((correction) => correction.correctedById),
    ...reinstatements.map((item) => item.reinstatedById),
  ]);
  const bySession: Record<string, SessionCorrectionEntry[]> = {};
  for (const correction of corrections)
    (bySession[correction.sessionId] ??= []).push(
      toCorrectionEntry({ ...correction, correctedBy: { name: nameOf(correction.correctedById) } }),
    );
  return {
    bySession,
    correctableSessionIds: correctable.map((session) => session.id),
    hasNewerCourse: newer > 0,
    reinstatements: reinstatements.map((item) => ({
      id: item.id,
      reinstatedAt: item.reinstatedAt,
      reinstatedByName: nameOf(item.reinstatedById),
      reason: item.reason,
      cancelReason: item.cancelReason,
    })),
  };
}
