import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { fromIsoDate, toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { AppError, notFound } from '@/lib/errors';
import type { IndicationInput } from '@/lib/validation/indication';

function assertCanRecord(actor: Actor): void {
  if (!can(actor.role, 'RECORD_INDICATION')) throw new AppError('FORBIDDEN', 'Only a paediatrician can record an indication.');
}

export async function recordIndication(actor: Actor, patientId: string, input: IndicationInput): Promise<{ id: string }> {
  assertCanRecord(actor);
  const patient = await db.patient.findUnique({ where: { id: patientId }, select: { dateOfBirth: true } });
  if (!patient) throw notFound('The patient');
  if (input.diagnosedOn < toIsoDate(patient.dateOfBirth)) {
    throw new AppError('INVALID_STATE', 'Please correct the highlighted fields.', { diagnosedOn: ['The date cannot be before the child was born.'] });
  }
  return db.indication.create({
    data: {
      patientId,
      kind: input.kind,
      diagnosis: input.diagnosis,
      icd10Code: input.icd10Code || null,
      diagnosedOn: fromIsoDate(input.diagnosedOn),
      authorId: actor.id,
    },
    select: { id: true },
  });
}

/** Marks the problem resolved; its courses stay as they are, but no new course can use it. */
export async function resolveIndication(actor: Actor, indicationId: string, today: IsoDate): Promise<{ patientId: string }> {
  assertCanRecord(actor);
  const { count } = await db.indication.updateMany({ where: { id: indicationId, resolvedOn: null }, data: { resolvedOn: fromIsoDate(today) } });
  const indication = await db.indication.findUnique({ where: { id: indicationId }, select: { patientId: true } });
  if (!indication) throw notFound('The indication');
  if (count === 0) throw new AppError('CONFLICT', 'This indication was already resolved.');
  return indication;
}
