import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/policy';
import { isPatientInReach } from '@/lib/server/patients/is-patient-in-reach';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { userNames } from '@/lib/server/users/user-names';
import type { CorrectedRecord } from '@/lib/generated/prisma/client';

export type RecordCorrectionItem = {
  id: string;
  recordType: CorrectedRecord;
  recordId: string;
  /** The changed fields' previous values, by field name, as the form showed them. */
  previousValues: Record<string, unknown>;
  reason: string;
  correctedByName: string;
  correctedAt: Date;
};

/**
 * The corrections of a child's details and indications, newest first, for staff who reach the child;
 * the names of who made them are read apart (userNames), so a child with none costs no statement for them.
 */
export async function listRecordCorrections(actor: Actor, patientId: string): Promise<RecordCorrectionItem[]> {
  authorize(actor, 'VIEW_PATIENTS');
  if (!(await isPatientInReach(actor, patientId))) throw notFound('PATIENT', patientId);
  const corrections = await db.recordCorrection.findMany({ where: { patientId }, orderBy: { correctedAt: 'desc' } });
  const nameOf = await userNames(corrections.map((correction) => correction.correctedById));
  return corrections.map((correction) => ({
    id: correction.id,
    recordType: correction.recordType,
    recordId: correction.recordId,
    previousValues:
      typeof correction.previousValues === 'object' && correction.previousValues !== null
        ? (correction.previousValues as Record<string, unknown>)
        : {},
    reason: correction.reason,
    correctedByName: nameOf(correction.correctedById),
    correctedAt: correction.correctedAt,
  }));
}
