import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, type Role } from '@/lib/auth/policy';
import { isPatientInReach } from '@/lib/server/patients/is-patient-in-reach';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';

export type RecentReader = { id: string; name: string | null; role: Role | null; lastReadAt: Date };

export const RECENT_READERS_SHOWN = 5;

/**
 * For staff on a child's page: the last few people who opened the child's record (its page, a
 * course, a session), each once, with when they last did, newest first. Read from the audit log.
 */
export async function listRecentReaders(actor: Actor, patientId: string): Promise<RecentReader[]> {
  authorize(actor, 'VIEW_PATIENTS');
  if (!(await isPatientInReach(actor, patientId))) throw notFound('PATIENT', patientId);
  const reads = await db.auditEvent.groupBy({
    by: ['actorId'],
    where: { patientId, action: 'READ', actorId: { not: null } },
    _max: { occurredAt: true },
    orderBy: { _max: { occurredAt: 'desc' } },
    take: RECENT_READERS_SHOWN,
  });
  const people = await db.user.findMany({
    where: { id: { in: reads.flatMap((read) => (read.actorId ? [read.actorId] : [])) } },
    select: { id: true, name: true, role: true },
  });
  const personOf = new Map(people.map((person) => [person.id, person]));
  return reads.flatMap((read) =>
    read.actorId && read._max.occurredAt
      ? [
          {
            id: read.actorId,
            name: personOf.get(read.actorId)?.name ?? null,
            role: personOf.get(read.actorId)?.role ?? null,
            lastReadAt: read._max.occurredAt,
          },
        ]
      : [],
  );
}
