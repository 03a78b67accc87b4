import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CLINIC_DEFAULTS } from '@/lib/domain/rules';
import { recordIndication } from '@/lib/server/indications/record-indication';
import {
  createClinic,
  createPatientWithIndication,
  db,
  prescribeClinicCourse,
  resetDatabase,
  type Clinic,
} from '@/test/integration/fixtures';
import { getPrescriptionContext } from './get-prescription-context';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

describe('getPrescriptionContext', () => {
  it('gives the child facts, the open indications with their codes, the active therapists and the clinic defaults', async () => {
    const { patientId, indicationId } = await createPatientWithIndication(clinic, {
      dateOfBirth: iso('2026-08-29'),
      gestationalAgeDays: 35 * 7,
      umbilicalWoundHealedOn: iso('2026-09-15'),
    });
    await prescribeClinicCourse(clinic, indicationId, { minutesPerSession: 5 });
    const { id: hernia } = await recordIndication(clinic.doctor, patientId, {
      kind: 'THERAPEUTIC',
      diagnosis: 'Umbilical hernia',
      icd10Code: 'K42.9',
      diagnosedOn: iso('2026-11-10'),
    });
    await db.indication.update({ where: { id: indicationId }, data: { resolvedOn: new Date('2026-11-15') } });
    const { id: colic } = await recordIndication(clinic.doctor, patientId, {
      kind: 'THERAPEUTIC',
      diagnosis: 'Intestinal colic',
      icd10Code: 'R10.4',
      diagnosedOn: iso('2026-11-05'),
    });
    await prescribeClinicCourse(clinic, colic, { minutesPerSession: 5 });

    const context = await getPrescriptionContext(clinic.doctor, patientId);
    expect(context.patient).toEqual({
      id: patientId,
      firstName: 'Test',
      lastName: 'Baby',
      dateOfBirth: '2026-08-29',
      gestationalAgeDays: 35 * 7,
      umbilicalWoundHealedOn: '2026-09-15',
      massageSessionsDone: 0,
    });
    expect(context.openIndications).toEqual([
      {
        id: hernia,
        kind: 'THERAPEUTIC',
        diagnosis: 'Umbilical hernia',
        icd10Code: 'K42.9',
        diagnosedOn: '2026-11-10',
        hasRunningCourse: false,
      },
      {
        id: colic,
        kind: 'THERAPEUTIC',
        diagnosis: 'Intestinal colic',
        icd10Code: 'R10.4',
        diagnosedOn: '2026-11-05',
        hasRunningCourse: true,
      },
    ]);
    expect(context.therapists.map((therapist) => therapist.id).sort()).toEqual(
      [clinic.therapist.id, clinic.otherTherapist.id].sort(),
    );
    expect(context.clinicDefaults).toEqual(DEFAULT_CLINIC_DEFAULTS);
    // Only what the decision needs: no courses or sessions of the child.
    expect(Object.keys(context).sort()).toEqual(['clinicDefaults', 'openIndications', 'patient', 'therapists']);
  });

  it('refuses a role that may not prescribe, and finds no patient that does not exist', async () => {
    const { patientId } = await createPatientWithIndication(clinic);
    await expect(getPrescriptionContext(clinic.otherTherapist, patientId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getPrescriptionContext(clinic.parent, patientId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getPrescriptionContext(clinic.doctor, 'no-such-patient')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
