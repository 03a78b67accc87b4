import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, patientScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import type { InviteeInput } from '@/lib/validation/guardian-invitation';
import { insertGuardianInvitation } from './insert-guardian-invitation';

/** A parent invites another guardian of their own child; the link is returned once. */
export async function inviteGuardian(
  actor: Actor,
  input: InviteeInput & { patientId: string },
  now = new Date(),
): Promise<{ id: string; token: string }> {
  authorize(actor, 'INVITE_GUARDIAN');
  return db.$transaction(async (tx) => {
    const patient = await tx.patient.findFirst({
      where: { AND: [{ id: input.patientId }, patientScope(actor)] },
      select: { id: true },
    });
    if (!patient) throw notFound('PATIENT', input.patientId);
    return insertGuardianInvitation(tx, actor, patient.id, input, 'email', now);
  });
}
