import { beforeEach, describe, expect, it } from 'vitest';
import { createClinic, createPatientWithIndication, db, prescribeClinicCourse, resetDatabase, type Clinic } from '@/test/integration/fixtures';
import { cancelCourse } from './cancel-course';
import { countCoursesOfDeactivatedTherapists } from './count-courses-of-deactivated-therapists';
import { reassignTherapist } from './reassign-therapist';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

async function clinicCourse(therapistId: string): Promise<string> {
  const { indicationId } = await createPatientWithIndication(clinic);
  return prescribeClinicCourse(clinic, indicationId, { therapistId, startDate: '2026-11-10' });
}

const deactivate = (userId: string) => db.user.update({ where: { id: userId }, data: { deactivatedAt: new Date() } });

describe('countCoursesOfDeactivatedTherapists', () => {
  it('counts the active courses a deactivated therapist still has, until they are reassigned', async () => {
    const first = await clinicCourse(clinic.therapist.id);
    const second = await clinicCourse(clinic.therapist.id);
    const third = await clinicCourse(clinic.therapist.id);
    await clinicCourse(clinic.otherTherapist.id);
    // Positive control: an active therapist's courses are nobody's concern here.
    expect(await countCoursesOfDeactivatedTherapists(clinic.admin)).toEqual({});

    await deactivate(clinic.therapist.id);
    await cancelCourse(clinic.doctor, { courseId: third, reason: 'Family withdrew.' });
    expect(await countCoursesOfDeactivatedTherapists(clinic.admin)).toEqual({ [clinic.therapist.id]: 2 });

    await reassignTherapist(clinic.admin, { courseId: first, therapistId: clinic.otherTherapist.id });
    expect(await countCoursesOfDeactivatedTherapists(clinic.admin)).toEqual({ [clinic.therapist.id]: 1 });
    await reassignTherapist(clinic.doctor, { courseId: second, therapistId: clinic.otherTherapist.id });
    expect(await countCoursesOfDeactivatedTherapists(clinic.admin)).toEqual({});
  });

  it('is for the admin only', async () => {
    for (const actor of [clinic.doctor, clinic.therapist, clinic.parent]) {
      await expect(countCoursesOfDeactivatedTherapists(actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
