import { beforeEach, describe, expect, it } from 'vitest';
import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
import { isAppError } from '@/lib/errors';
import { cancelCourse } from '@/lib/server/courses/cancel-course';
import { recordIndication } from '@/lib/server/indications/record-indication';
import {
  createClinic,
  createPatientWithIndication,
  prescribeClinicCourse,
  resetDatabase,
  type Clinic,
} from '@/test/integration/fixtures';
import { findCurrentRoutine, getCurrentRoutine } from './current-routine';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

async function notFoundCode(read: Promise<unknown>) {
  try {
    await read;
    return 'READ';
  } catch (error) {
    return isAppError(error) ? error.code : 'OTHER';
  }
}

describe('the routine fold of a child page', () => {
  it("reads the running course's routine for the child's guardian, and for no other family", async () => {
    const { patientId, indicationId } = await createPatientWithIndication(clinic, { guardianIds: [clinic.parent.id] });
    await prescribeClinicCourse(clinic, indicationId, { location: 'HOME', therapistId: undefined });

    const routine = await getCurrentRoutine(clinic.parent, patientId);
    expect(routine?.location).toBe('HOME');
    expect(await notFoundCode(getCurrentRoutine(clinic.otherParent, patientId))).toBe('NOT_FOUND');
  });

  it('is not found for a therapist who runs none of the child’s courses', async () => {
    const { patientId, indicationId } = await createPatientWithIndication(clinic);
    await prescribeClinicCourse(clinic, indicationId);

    expect((await getCurrentRoutine(clinic.therapist, patientId))?.location).toBe('CLINIC');
    expect(await notFoundCode(getCurrentRoutine(clinic.otherTherapist, patientId))).toBe('NOT_FOUND');
  });

  it('reads the newest running course, and the running one over a later one cancelled; null with no course', async () => {
    const { patientId, indicationId } = await createPatientWithIndication(clinic, { guardianIds: [clinic.parent.id] });
    expect(await getCurrentRoutine(clinic.parent, patientId)).toBeNull();

    await prescribeClinicCourse(clinic, indicationId, { location: 'HOME', therapistId: undefined });
    const { id: laterIndication } = await recordIndication(clinic.doctor, patientId, {
      kind: 'PREVENTIVE',
      diagnosis: 'Prevention',
      icd10Code: '',
      diagnosedOn: iso('2026-11-01'),
    });
    const later = await prescribeClinicCourse(clinic, laterIndication, { startDate: iso('2026-11-10') });
    expect((await findCurrentRoutine({ patientId }))?.location).toBe('CLINIC');

    await cancelCourse(clinic.doctor, { courseId: later, reason: 'Family moved away.' });
    expect((await findCurrentRoutine({ patientId }))?.location).toBe('HOME');
  });
});
