import { beforeEach, describe, expect, it } from 'vitest';
import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
import { listRecordCorrections } from '@/lib/server/patients/list-record-corrections';
import { updatePatient } from '@/lib/server/patients/save-patient';
import {
  createClinic,
  createPatientWithIndication,
  db,
  patientCorrection,
  resetDatabase,
  type Clinic,
} from '@/test/integration/fixtures';
import { correctIndication } from './correct-indication';
import { translatable } from '@/lib/i18n/translatable';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

const correction = (indicationId: string) => ({
  indicationId,
  kind: 'THERAPEUTIC' as const,
  diagnosis: 'Infant colic',
  icd10Code: 'R10.4',
  diagnosedOn: iso('2026-11-01'),
  correctionReason: 'Code added after the review',
});

describe('correctIndication', () => {
  it('changes the indication and keeps the changed fields’ previous values, who and why', async () => {
    const { patientId, indicationId } = await createPatientWithIndication(clinic);
    expect(await correctIndication(clinic.doctor, correction(indicationId))).toEqual({ id: indicationId, patientId });

    expect(await db.indication.findUniqueOrThrow({ where: { id: indicationId } })).toMatchObject({
      diagnosis: 'Infant colic',
      icd10Code: 'R10.4',
    });
    expect(await db.recordCorrection.findMany()).toMatchObject([
      {
        recordType: 'INDICATION',
        recordId: indicationId,
        patientId,
        previousValues: { diagnosis: 'Colic', icd10Code: null },
        reason: 'Code added after the review',
        correctedById: clinic.doctor.id,
      },
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ orderBy: { sequence: 'desc' } });
    expect(audit).toMatchObject({ action: 'UPDATE', entityType: 'INDICATION', entityId: indicationId });
  });

  it('refuses a change of nothing, a date before birth, and anyone but a paediatrician', async () => {
    const { indicationId } = await createPatientWithIndication(clinic);
    const same = { ...correction(indicationId), diagnosis: 'Colic', icd10Code: '' };
    await expect(correctIndication(clinic.doctor, same)).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: translatable('errors.refusal.correction.nothingChanged'),
    });
    await expect(
      correctIndication(clinic.doctor, { ...correction(indicationId), diagnosedOn: iso('2026-07-01') }),
    ).rejects.toMatchObject({ fieldErrors: { diagnosedOn: [translatable('errors.refusal.diagnosedBeforeBirth')] } });
    for (const actor of [clinic.therapist, clinic.admin, clinic.parent]) {
      await expect(correctIndication(actor, correction(indicationId))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await db.recordCorrection.count()).toBe(0);
  });
});

describe('updatePatient as a correction', () => {
  it('keeps the previous values of the changed details with the reason, and nothing when nothing changed', async () => {
    const { patientId } = await createPatientWithIndication(clinic);
    await updatePatient(
      clinic.doctor,
      patientId,
      patientCorrection({ firstName: 'Tess', dateOfBirth: iso('2026-08-02') }),
    );
    await updatePatient(
      clinic.doctor,
      patientId,
      patientCorrection({ firstName: 'Tess', dateOfBirth: iso('2026-08-02') }),
    );
    expect(await db.recordCorrection.findMany()).toMatchObject([
      {
        recordType: 'PATIENT',
        recordId: patientId,
        patientId,
        previousValues: { firstName: 'Test', dateOfBirth: '2026-08-01' },
        reason: 'Typing slip',
        correctedById: clinic.doctor.id,
      },
    ]);
  });

  it('shows the child’s corrections, newest first, to staff who reach the child and to no parent', async () => {
    const { patientId, indicationId } = await createPatientWithIndication(clinic, { guardianIds: [clinic.parent.id] });
    await updatePatient(
      clinic.admin,
      patientId,
      patientCorrection({ lastName: 'Bay', guardianIds: [clinic.parent.id] }),
    );
    await correctIndication(clinic.doctor, correction(indicationId));

    const listed = await listRecordCorrections(clinic.doctor, patientId);
    expect(listed.map((item) => [item.recordType, item.previousValues, item.correctedByName])).toEqual([
      ['INDICATION', { diagnosis: 'Colic', icd10Code: null }, 'Dr Test'],
      ['PATIENT', { lastName: 'Baby' }, 'Admin'],
    ]);
    await expect(listRecordCorrections(clinic.therapist, patientId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listRecordCorrections(clinic.parent, patientId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
