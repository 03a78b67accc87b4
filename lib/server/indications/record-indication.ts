import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, indicationScope, patientScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { fromIsoDate, toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { AppError, notFound } from '@/lib/errors';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { createOnce } from '@/lib/server/create-once';
import type { IndicationInput } from '@/lib/validation/indication';
import { translatable } from '@/lib/i18n/translatable';

export async function recordIndication(
  actor: Actor,
  patientId: string,
  input: IndicationInput,
): Promise<{ id: string }> {
  authorize(actor, 'RECORD_INDICATION');
  const patient = await db.patient.findFirst({
    where: { AND: [{ id: patientId }, patientScope(actor)] },
    select: { id: true, dateOfBirth: true },
  });
  if (!patient) throw notFound('PATIENT', patientId);
  if (input.diagnosedOn < toIsoDate(patient.dateOfBirth)) {
    throw new AppError('INVALID_STATE', translatable('errors.action.invalidFields'), {
      diagnosedOn: [translatable('errors.refusal.diagnosedBeforeBirth')],
    });
  }
  return createOnce(
    input.idempotencyKey,
    () =>
      db.$transaction(async (tx) => {
        const indication = await tx.indication.create({
          data: {
            idempotencyKey: input.idempotencyKey,
            patientId: patient.id,
            kind: input.kind,
            diagnosis: input.diagnosis,
            icd10Code: input.icd10Code || null,
            diagnosedOn: fromIsoDate(input.diagnosedOn),
            authorId: actor.id,
          },
          select: { id: true },
        });
        await recordAudit(tx, actor, {
          action: 'CREATE',
          subject: { type: 'INDICATION', id: indication.id },
          patientId: patient.id,
        });
        return indication;
      }),
    (key) =>
      db.indication.findFirst({
        where: { idempotencyKey: key, authorId: actor.id, patientId: patient.id },
        select: { id: true },
      }),
  );
}

/** Marks the problem resolved; its courses stay as they are, but no new course can use it. */
export async function resolveIndication(
  actor: Actor,
  indicationId: string,
  today: IsoDate,
): Promise<{ patientId: string }> {
  authorize(actor, 'RECORD_INDICATION');
  const indication = await db.indication.findFirst({
    where: { AND: [{ id: indicationId }, indicationScope(actor)] },
    select: { patientId: true },
  });
  if (!indication) throw notFound('INDICATION', indicationId);
  return db.$transaction(async (tx) => {
    // One conditional statement: of two doctors resolving it at once, the second is told.
    const { count } = await tx.indication.updateMany({
      where: { id: indicationId, resolvedOn: null },
      data: { resolvedOn: fromIsoDate(today) },
    });
    if (count === 0) throw new AppError('CONFLICT', translatable('errors.refusal.indicationResolved'));
    await recordAudit(tx, actor, {
      action: 'UPDATE',
      subject: { type: 'INDICATION', id: indicationId },
      patientId: indication.patientId,
    });
    return indication;
  });
}
