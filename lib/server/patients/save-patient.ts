import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { ACCOUNTS, authorize, patientScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { fromIsoDate, toIsoDate } from '@/lib/domain/calendar-date';
import { AppError, notFound } from '@/lib/errors';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { createOnce } from '@/lib/server/create-once';
import { previousValues } from '@/lib/domain/record-corrections';
import { insertGuardianInvitation } from '@/lib/server/guardian-invitations/insert-guardian-invitation';
import type { NewPatientInput, PatientCorrectionInput, PatientInput } from '@/lib/validation/patient';
import { translatable } from '@/lib/i18n/translatable';

/**
 * Guardians must be active parent accounts, or a deactivated one who already is this patient's
 * guardian (the link is kept, never offered anew); anything else is a tampered form.
 */
async function assertParentAccounts(guardianIds: string[], patientId?: string): Promise<void> {
  if (guardianIds.length === 0) return;
  const linkedAlready = patientId ? [{ guardianships: { some: { patientId } } }] : [];
  const parents = await db.user.count({
    where: { id: { in: guardianIds }, ...ACCOUNTS.guardians, OR: [{ deactivatedAt: null }, ...linkedAlready] },
  });
  if (parents !== new Set(guardianIds).size) {
    throw new AppError('INVALID_STATE', translatable('errors.refusal.guardiansFromParents'), {
      guardianIds: [translatable('errors.refusal.guardiansFromParents')],
    });
  }
}

function patientData(input: PatientInput) {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    dateOfBirth: fromIsoDate(input.dateOfBirth),
    sex: input.sex,
    gestationalAgeDays: input.gestationalAgeDays ?? null,
    umbilicalWoundHealedOn: input.umbilicalWoundHealedOn ? fromIsoDate(input.umbilicalWoundHealedOn) : null,
    notes: input.notes,
  };
}

/**
 * Registers a child, with the guardians picked and perhaps an invitation for a new parent (in the
 * same transaction). The invitation's token comes back once; a repeated form finds the first
 * patient and no token.
 */
export async function createPatient(
  actor: Actor,
  input: PatientInput & Partial<Pick<NewPatientInput, 'invitation'>>,
): Promise<{ id: string; invitationToken: string | null }> {
  authorize(actor, 'EDIT_PATIENTS');
  await assertParentAccounts(input.guardianIds);
  return createOnce(
    input.idempotencyKey,
    () =>
      db.$transaction(async (tx) => {
        const patient = await tx.patient.create({
          data: {
            idempotencyKey: input.idempotencyKey,
            ...patientData(input),
            guardians: { create: [...new Set(input.guardianIds)].map((userId) => ({ userId })) },
          },
          select: { id: true },
        });
        const invitation = input.invitation
          ? await insertGuardianInvitation(tx, actor, patient.id, input.invitation, 'inviteEmail')
          : null;
        await recordAudit(tx, actor, {
          action: 'CREATE',
          subject: { type: 'PATIENT', id: patient.id },
          patientId: patient.id,
        });
        return { id: patient.id, invitationToken: invitation?.token ?? null };
      }),
    async (key) => {
      const patient = await db.patient.findFirst({
        where: { AND: [{ idempotencyKey: key }, patientScope(actor)] },
        select: { id: true },
      });
      return patient && { id: patient.id, invitationToken: null };
    },
  );
}

/** A patient's details as a correction compares and keeps them (dates as the form shows them). */
function correctableValues(patient: ReturnType<typeof patientData>, guardianIds: readonly string[]) {
  const day = (date: Date | null) => (date ? toIsoDate(date) : null);
  return {
    ...patient,
    dateOfBirth: toIsoDate(patient.dateOfBirth),
    umbilicalWoundHealedOn: day(patient.umbilicalWoundHealedOn),
    guardianIds: [...new Set(guardianIds)].sort(),
  };
}

/**
 * Corrects a patient's details: what changed is kept as a RecordCorrection with its previous
 * values, who, when and why (nothing is kept when nothing changed).
 */
export async function updatePatient(
  actor: Actor,
  patientId: string,
  input: PatientCorrectionInput,
): Promise<{ id: string }> {
  authorize(actor, 'EDIT_PATIENTS');
  await assertParentAccounts(input.guardianIds, patientId);
  const existing = await db.patient.findFirst({
    where: { AND: [{ id: patientId }, patientScope(actor)] },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      dateOfBirth: true,
      sex: true,
      gestationalAgeDays: true,
      umbilicalWoundHealedOn: true,
      notes: true,
      guardians: { select: { userId: true } },
      courses: { select: { startDate: true } },
    },
  });
  if (!existing) throw notFound('PATIENT', patientId);
  const birth = fromIsoDate(input.dateOfBirth);
  if (existing.courses.some((course) => course.startDate < birth)) {
    throw new AppError('INVALID_STATE', translatable('errors.refusal.courseBeforeBirth'), {
      dateOfBirth: [translatable('errors.refusal.courseBeforeBirthField')],
    });
  }
  const { courses: _courses, guardians, id: _id, ...stored } = existing;
  const previous = previousValues(
    correctableValues(
      stored,
      guardians.map((guardian) => guardian.userId),
    ),
    correctableValues(patientData(input), input.guardianIds),
  );
  // Patient, guardian links and the correction's history change together, or not at all.
  await db.$transaction(async (tx) => {
    if (Object.keys(previous).length > 0) {
      await tx.recordCorrection.create({
        data: {
          recordType: 'PATIENT',
          recordId: patientId,
          patientId,
          previousValues: previous,
          reason: input.correctionReason,
          correctedById: actor.id,
        },
      });
    }
    await tx.guardianship.deleteMany({ where: { patientId } });
    await tx.patient.update({
      where: { id: patientId },
      data: {
        ...patientData(input),
        guardians: { create: [...new Set(input.guardianIds)].map((userId) => ({ userId })) },
      },
    });
    await recordAudit(tx, actor, { action: 'UPDATE', subject: { type: 'PATIENT', id: patientId }, patientId });
  });
  return { id: patientId };
}
