import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * For the admin's account list: how many active clinic courses each deactivated therapist still
 * has, keyed by their id. Nobody records those sessions until the course gets another therapist,
 * so the admin sees what to hand over. Therapists with none are left out.
 */
export async function countCoursesOfDeactivatedTherapists(actor: Actor): Promise<Record<string, number>> {
  if (!can(actor.role, 'MANAGE_USERS')) throw new AppError('FORBIDDEN', 'Only a clinic admin can see this.');
  const groups = await db.course.groupBy({
    by: ['therapistId'],
    where: { status: 'ACTIVE', location: 'CLINIC', therapist: { is: { role: 'THERAPIST', deactivatedAt: { not: null } } } },
    _count: { _all: true },
  });
  const counts: Record<string, number> = {};
  for (const group of groups) if (group.therapistId) counts[group.therapistId] = group._count._all;
  return counts;
}
