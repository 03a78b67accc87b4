import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, indicationScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { fromIsoDate, toIsoDate } from '@/lib/domain/calendar-date';
import { NOTHING_CHANGED, previousValues } from '@/lib/domain/record-corrections';
import { AppError, notFound } from '@/lib/errors';
import { recordAudit } from '@/lib/server/audit/record-audit';
import type { IndicationCorrectionInput } from '@/lib/validation/indication';
import { translatable } from '@/lib/i18n/translatable';

/**
 * A paediatrician corrects a recorded indication (its kind, diagnosis, ICD-10 code or date): the
 * previous values are kept as a RecordCorrection with who, when and why. Its courses stay as they
 * were prescribed.
 */
export async function correctIndication(
  actor: Actor,
  input: IndicationCorrectionInput,
): Promise<{ id: string; patientId: string }> {
  authorize(actor, 'RECORD_INDICATION');
  return db.$transaction(async (tx) => {
    // The row lock makes two corrections apply one after another, each keeping what the other left.
    await tx.$executeRaw`SELECT 1 FROM "Indication" WHERE "id" = ${input.indicationId} FOR UPDATE`;
    const indication = await tx.indication.findFirst({
      where: { AND: [{ id: input.indicationId }, indicationScope(actor)] },
      select: {
        id: true,
        patientId: true,
        kind: true,
        diagnosis: true,
        icd10Code: true,
        diagnosedOn: true,
        patient: { select: { dateOfBirth: true } },
      },
    });
    if (!indication) throw notFound('INDICATION', input.indicationId);
    if (input.diagnosedOn < toIsoDate(indication.patient.dateOfBirth)) {
      throw new AppError('INVALID_STATE', translatable('errors.action.invalidFields'), {
        diagnosedOn: [translatable('errors.refusal.diagnosedBeforeBirth')],
      });
    }
    const corrected = {
      kind: input.kind,
      diagnosis: input.diagnosis,
      icd10Code: input.icd10Code || null,
      diagnosedOn: input.diagnosedOn,
    };
    const stored = {
      kind: indication.kind,
      diagnosis: indication.diagnosis,
      icd10Code: indication.icd10Code,
      diagnosedOn: toIsoDate(indication.diagnosedOn),
    };
    const previous = previousValues(stored, corrected);
    // A "correction" that changes nothing would put a false entry in the history.
    if (Object.keys(previous).length === 0) throw new AppError('INVALID_STATE', NOTHING_CHANGED);

    await tx.recordCorrection.create({
      data: {
        recordType: 'INDICATION',
        recordId: indication.id,
        patientId: indication.patientId,
        previousValues: previous,
        reason: input.correctionReason,
        correctedById: actor.id,
      },
    });
    await tx.indication.update({
      where: { id: indication.id },
      data: { ...corrected, diagnosedOn: fromIsoDate(corrected.diagnosedOn) },
    });
    await recordAudit(tx, actor, {
      action: 'UPDATE',
      subject: { type: 'INDICATION', id: indication.id },
      patientId: indication.patientId,
    });
    return { id: indication.id, patientId: indication.patientId };
  });
}
