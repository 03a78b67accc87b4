import { beforeEach, describe, expect, it } from 'vitest';
import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
import { cancelCourse } from '@/lib/server/courses/cancel-course';
import {
  createClinic,
  createPatientWithIndication,
  db,
  prescribeClinicCourse,
  resetDatabase,
  type Clinic,
} from '@/test/integration/fixtures';
import { getFamilyChild } from './get-family-child';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

describe('getFamilyChild', () => {
  it("gives the child's parent the running course over a newer cancelled one, and audits the read", async () => {
    const { patientId, indicationId } = await createPatientWithIndication(clinic, {
      firstName: 'Lena',
      dateOfBirth: iso('2026-08-01'),
      guardianIds: [clinic.parent.id],
    });
    // A course starting later, cancelled, then one starting earlier that runs: the newest is not the one.
    const newer = await prescribeClinicCourse(clinic, indicationId, { startDate: iso('2026-11-20') });
    await cancelCourse(clinic.doctor, { courseId: newer, reason: 'Prescribed by mistake.' });
    const running = await prescribeClinicCourse(clinic, indicationId, { startDate: iso('2026-11-10') });

    const child = await getFamilyChild(clinic.parent, patientId);

    expect(child).toEqual({
      id: patientId,
      firstName: 'Lena',
      lastName: 'Baby',
      dateOfBirth: iso('2026-08-01'),
      gestationalAgeDays: null,
      currentCourseId: running,
    });
    const reads = await db.auditEvent.findMany({
      where: { action: 'READ', entityType: 'PATIENT', entityId: patientId },
    });
    expect(reads.map((read) => read.actorId)).toEqual([clinic.parent.id]);
  });

  it('gives no course for a child without one', async () => {
    const { patientId } = await createPatientWithIndication(clinic, { guardianIds: [clinic.parent.id] });
    expect((await getFamilyChild(clinic.parent, patientId)).currentCourseId).toBeNull();
  });

  it("answers not found to another family's parent, and audits nothing", async () => {
    const { patientId } = await createPatientWithIndication(clinic, { guardianIds: [clinic.parent.id] });
    await expect(getFamilyChild(clinic.otherParent, patientId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.auditEvent.count({ where: { action: 'READ', entityId: patientId } })).toBe(0);
  });
});
