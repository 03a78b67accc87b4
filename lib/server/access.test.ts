import { beforeEach, describe, expect, it } from 'vitest';
import { listMyChildren } from '@/lib/server/children/list-my-children';
import { getCourse } from '@/lib/server/courses/get-course';
import { getPatient } from '@/lib/server/patients/get-patient';
import { listPatients } from '@/lib/server/patients/list-patients';
import { createClinic, createPatientWithIndication, prescribeClinicCourse, resetDatabase, type Clinic } from '@/test/integration/fixtures';

let clinic: Clinic;
let mine: { patientId: string; courseId: string };
let theirs: { patientId: string; courseId: string };

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
  const a = await createPatientWithIndication(clinic, { firstName: 'Mine', guardianIds: [clinic.parent.id] });
  const b = await createPatientWithIndication(clinic, { firstName: 'Theirs', guardianIds: [clinic.otherParent.id] });
  mine = { patientId: a.patientId, courseId: await prescribeClinicCourse(clinic, a.indicationId) };
  theirs = { patientId: b.patientId, courseId: await prescribeClinicCourse(clinic, b.indicationId, { therapistId: clinic.otherTherapist.id }) };
});

describe('what each role reaches', () => {
  it('gives a parent only their own children', async () => {
    const children = await listMyChildren(clinic.parent);
    expect(children.map((child) => child.firstName)).toEqual(['Mine']);
    expect((await listPatients(clinic.parent)).items.map((patient) => patient.firstName)).toEqual(['Mine']);
  });

  it("answers not-found when a parent asks for another child or their course", async () => {
    await expect(getPatient(clinic.parent, theirs.patientId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getCourse(clinic.parent, theirs.courseId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Positive control: their own.
    expect((await getPatient(clinic.parent, mine.patientId)).firstName).toBe('Mine');
    expect((await getCourse(clinic.parent, mine.courseId)).sessions).toHaveLength(10);
  });

  it('gives a therapist only the patients and courses assigned to them', async () => {
    expect((await listPatients(clinic.therapist)).items.map((patient) => patient.firstName)).toEqual(['Mine']);
    await expect(getCourse(clinic.therapist, theirs.courseId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getCourse(clinic.otherTherapist, theirs.courseId)).id).toBe(theirs.courseId);
  });

  it('gives doctors and admins every patient', async () => {
    expect((await listPatients(clinic.doctor)).items.map((patient) => patient.firstName).sort()).toEqual(['Mine', 'Theirs']);
    expect((await listPatients(clinic.admin)).total).toBe(2);
  });

  it('searches by any part of the name, case-insensitively', async () => {
    expect((await listPatients(clinic.doctor, 'thei')).items.map((patient) => patient.firstName)).toEqual(['Theirs']);
    expect((await listPatients(clinic.doctor, 'MINE baby')).items.map((patient) => patient.firstName)).toEqual(['Mine']);
    expect((await listPatients(clinic.doctor, 'nobody')).items).toEqual([]);
  });

  it('refuses the children list to anyone but a parent', async () => {
    await expect(listMyChildren(clinic.doctor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
