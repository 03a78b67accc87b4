import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { accountListScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';

export type GuardianOption = { id: string; name: string; email: string };

/** The most a search answers: a picker shows a few matches, never the whole clinic. */
export const GUARDIAN_MATCHES = 10;

/**
 * Active parent accounts whose name or email holds every word of `query`, alphabetically, at most
 * GUARDIAN_MATCHES: the patient form's guardian picker. Refused to anyone who may not link
 * guardians (the 'guardians' account list); served by the trigram indexes on name and email.
 */
export async function searchGuardians(actor: Actor, query: string): Promise<GuardianOption[]> {
  const scope = accountListScope(actor, 'guardians');
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return db.user.findMany({
    where: {
      AND: [
        scope,
        ...words.map((word) => ({
          OR: [
            { name: { contains: word, mode: 'insensitive' as const } },
            { email: { contains: word, mode: 'insensitive' as const } },
          ],
        })),
      ],
    },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: GUARDIAN_MATCHES,
    select: { id: true, name: true, email: true },
  });
}
