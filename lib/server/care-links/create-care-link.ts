import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, patientScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { careLinkExpiry } from '@/lib/domain/care-links';
import { notFound } from '@/lib/errors';
import { recordAudit } from '@/lib/server/audit/record-audit';
import type { CreateCareLinkInput } from '@/lib/validation/care-link';
import { newLinkToken } from '@/lib/server/link-tokens/link-token';

/** A new link for one of the parent's children; the token is returned once and never stored. */
export async function createCareLink(
  actor: Actor,
  input: CreateCareLinkInput,
  now = new Date(),
): Promise<{ id: string; token: string }> {
  authorize(actor, 'MANAGE_CARE_LINKS');
  return db.$transaction(async (tx) => {
    const patient = await tx.patient.findFirst({
      where: { AND: [{ id: input.patientId }, patientScope(actor)] },
      select: { id: true },
    });
    if (!patient) throw notFound('PATIENT', input.patientId);
    const { token, tokenHash } = newLinkToken();
    const link = await tx.careLink.create({
      data: {
        patientId: patient.id,
        createdById: actor.id,
        caregiverName: input.caregiverName,
        tokenHash,
        createdAt: now,
        expiresAt: careLinkExpiry(now, input.days),
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: 'CREATE',
      subject: { type: 'CARE_LINK', id: link.id },
      patientId: patient.id,
    });
    return { id: link.id, token };
  });
}
