import type { Appointment, Procedure } from '@medplum/fhirtypes';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { clinicToday } from '@/lib/clinic-time';
import { addDays } from '@/lib/domain/calendar-date';
import { gestationDays } from '@/lib/domain/age';
import { recordIndication } from '@/lib/server/indications/record-indication';
import { createPatient } from '@/lib/server/patients/save-patient';
import { prescribeClinicCourse } from '@/test/integration/fixtures';
import { recordSession } from '@/lib/server/sessions/record-session';
import { fhirR4Issues, resourcesOf, unresolvedReferences } from '@/test/fhir/validate-fhir';
import {
  createActor,
  createClinic,
  db,
  patientInput,
  resetDatabase,
  sessionDates,
  type Clinic,
} from '@/test/integration/fixtures';
import { exportOwnChildRecord, exportPatientRecord } from './export-child-record';

const CLINIC_URL = 'https://clinic.test';

let clinic: Clinic;
let secondGuardian: Actor;
let patientId: string;
let courseId: string;

/**
 * A known child, arranged through the real use cases as the demo seed is: born at 32+3 weeks, two
 * guardians, hypertonia (ICD-10 P94.1), a daily clinic course that started three days ago, its
 * first three sessions recorded done, missed and postponed (fever), the rest to come.
 */
beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
  secondGuardian = await createActor('PARENT', 'Second Guardian');
  const today = clinicToday();
  ({ id: patientId } = await createPatient(
    clinic.doctor,
    patientInput({
      firstName: 'Mia',
      lastName: 'Sokolova',
      dateOfBirth: addDays(today, -200),
      gestationalAgeDays: gestationDays(32, 3),
      umbilicalWoundHealedOn: addDays(today, -180),
      guardianIds: [clinic.parent.id, secondGuardian.id],
    }),
  ));
  const { id: indicationId } = await recordIndication(clinic.doctor, patientId, {
    kind: 'THERAPEUTIC',
    diagnosis: 'Muscle hypertonia of the legs',
    icd10Code: 'P94.1',
    diagnosedOn: addDays(today, -5),
  });
  courseId = await prescribeClinicCourse(clinic, indicationId, { startDate: addDays(today, -3) });
  const [first, second, third] = await sessionDates(courseId);
  await recordSession(
    clinic.therapist,
    { sessionId: first!.id, outcome: 'DONE', wellToday: false, actualMinutes: 6, tolerance: 'GOOD', notes: 'Calm' },
    today,
  );
  await recordSession(clinic.therapist, { sessionId: second!.id, outcome: 'MISSED', notes: '' }, today);
  await recordSession(clinic.therapist, { sessionId: third!.id, outcome: 'POSTPONED', reason: 'Fever' }, today);
});

describe('exporting a child’s record as FHIR', () => {
  it('builds a valid FHIR R4 Bundle of the whole record from the database', async () => {
    const { bundle, contentDisposition } = await exportPatientRecord(clinic.doctor, patientId, CLINIC_URL);

    expect(fhirR4Issues(bundle)).toEqual([]);
    expect(unresolvedReferences(bundle)).toEqual([]);
    expect(contentDisposition).toMatch(/^attachment; filename="mia-sokolova-record-\d{4}-\d{2}-\d{2}\.fhir\.json"/);

    const [patient] = resourcesOf(bundle, 'Patient');
    expect(patient).toMatchObject({ name: [{ family: 'Sokolova', given: ['Mia'] }], gender: 'female' });
    expect(resourcesOf(bundle, 'Observation')).toMatchObject([
      { code: { coding: [{ system: 'http://loinc.org', code: '76516-4' }] }, valueQuantity: { value: 227 } },
    ]);
    expect(resourcesOf(bundle, 'RelatedPerson').map((person) => person.name?.[0]?.text)).toEqual(
      expect.arrayContaining(['Parent One', 'Second Guardian']),
    );
    expect(
      resourcesOf(bundle, 'Practitioner')
        .map((person) => person.name?.[0]?.text)
        .sort(),
    ).toEqual(['Dr Test', 'Therapist One']);
    expect(resourcesOf(bundle, 'Condition')).toMatchObject([
      { code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'P94.1' }] } },
    ]);
    expect(resourcesOf(bundle, 'ServiceRequest')).toMatchObject([
      {
        status: 'active',
        category: [{ coding: [{ code: 'therapeutic' }] }],
        occurrenceTiming: { repeat: { count: 10, period: 1, periodUnit: 'd', duration: 15, durationUnit: 'min' } },
      },
    ]);
    expect(resourcesOf(bundle, 'CarePlan')).toHaveLength(1);

    // One resource per stored session (make-ups included): the three recorded, then the rest to come.
    const sessions = await sessionDates(courseId);
    const procedures = resourcesOf(bundle, 'Procedure') as Procedure[];
    const appointments = resourcesOf(bundle, 'Appointment') as Appointment[];
    expect(procedures.length + appointments.length).toBe(sessions.length);
    expect(procedures.map((procedure) => [procedure.status, procedure.statusReason?.text])).toEqual([
      ['completed', undefined],
      ['not-done', 'Missed'],
      ['not-done', 'Postponed: Fever'],
    ]);
    expect(new Set(appointments.map((appointment) => appointment.status))).toEqual(new Set(['booked']));
  });

  it('audits every export', async () => {
    await exportOwnChildRecord(clinic.parent, patientId, CLINIC_URL);
    const exports = await db.auditEvent.findMany({ where: { action: 'EXPORT' } });
    expect(exports).toMatchObject([
      { actorId: clinic.parent.id, entityType: 'PATIENT', entityId: patientId, patientId, outcome: 'SUCCESS' },
    ]);
  });

  it('gives the record to staff who read it and to the child’s guardians, and to nobody else', async () => {
    for (const staff of [clinic.doctor, clinic.admin, clinic.therapist])
      await expect(exportPatientRecord(staff, patientId, CLINIC_URL)).resolves.toHaveProperty('bundle');
    for (const guardian of [clinic.parent, secondGuardian])
      await expect(exportOwnChildRecord(guardian, patientId, CLINIC_URL)).resolves.toHaveProperty('bundle');

    // A therapist with no course of this child, another child's parent: no such child for them.
    await expect(exportPatientRecord(clinic.otherTherapist, patientId, CLINIC_URL)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(exportOwnChildRecord(clinic.otherParent, patientId, CLINIC_URL)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    // Each route is for its own side.
    await expect(exportPatientRecord(clinic.parent, patientId, CLINIC_URL)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(exportOwnChildRecord(clinic.doctor, patientId, CLINIC_URL)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await db.auditEvent.count({ where: { action: 'EXPORT' } })).toBe(5);
  });
});
