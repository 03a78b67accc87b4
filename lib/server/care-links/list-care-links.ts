import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, careLinkScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { careLinkState, type CareLinkState } from '@/lib/domain/care-links';

export type CareLinkRow = {
  id: string;
  caregiverName: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  state: CareLinkState;
};

/** One child's links, newest first, as the parent manages them. */
export async function listCareLinks(actor: Actor, patientId: string, now = new Date()): Promise<CareLinkRow[]> {
  authorize(actor, 'MANAGE_CARE_LINKS');
  const links = await db.careLink.findMany({
    where: { AND: [{ patientId }, careLinkScope(actor)] },
    orderBy: { createdAt: 'desc' },
    select: { id: true, caregiverName: true, createdAt: true, expiresAt: true, revokedAt: true, lastUsedAt: true },
  });
  return links.map(({ revokedAt, ...link }) => ({ ...link, state: careLinkState({ ...link, revokedAt }, now) }));
}
