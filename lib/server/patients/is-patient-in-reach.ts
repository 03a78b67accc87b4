import 'server-only';
import { cache } from 'react';
import type { Actor } from '@/lib/auth/actor';
import { patientScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';

/**
 * Whether the actor reaches the child (patientScope), asked once per request: the patient page's
 * parts (recent readers, corrections) each check it, and React's cache() shares the answer within
 * one render (the actor object is itself cached per request, see lib/auth/session.ts).
 */
export const isPatientInReach = cache(async (actor: Actor, patientId: string): Promise<boolean> => {
  const patient = await db.patient.findFirst({
    where: { AND: [{ id: patientId }, patientScope(actor)] },
    select: { id: true },
  });
  return patient !== null;
});
