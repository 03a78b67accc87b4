import { beforeEach, describe, expect, it } from 'vitest';
import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
import {
  createClinic,
  createPatientWithIndication,
  db,
  prescribeClinicCourse,
  resetDatabase,
  type Clinic,
} from '@/test/integration/fixtures';
import { cancelCourse } from './cancel-course';
import { listCoursesOfDeactivatedTherapists } from './list-courses-of-deactivated-therapists';
import { reassignTherapist } from './reassign-therapist';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

async function clinicCourse(therapistId: string, firstName: string): Promise<string> {
  const { indicationId } = await createPatientWithIndication(clinic, { firstName, lastName: 'Baby' });
  return prescribeClinicCourse(clinic, indicationId, { therapistId, startDate: iso('2026-11-10') });
}

const course = (courseId: string, firstName: string) => ({ courseId, patientName: `${firstName} Baby` });

const deactivate = (userId: string) => db.user.update({ where: { id: userId }, data: { deactivatedAt: new Date() } });

describe('listCoursesOfDeactivatedTherapists', () => {
  it('lists the active courses a deactivated therapist still has, by child, until they are reassigned', async () => {
    const second = await clinicCourse(clinic.therapist.id, 'Bella');
    const first = await clinicCourse(clinic.therapist.id, 'Anya');
    const third = await clinicCourse(clinic.therapist.id, 'Cleo');
    await clinicCourse(clinic.otherTherapist.id, 'Dana');
    // Positive control: an active therapist's courses are nobody's concern here.
    expect(await listCoursesOfDeactivatedTherapists(clinic.admin)).toEqual({});

    await deactivate(clinic.therapist.id);
    await cancelCourse(clinic.doctor, { courseId: third, reason: 'Family withdrew.' });
    expect(await listCoursesOfDeactivatedTherapists(clinic.admin)).toEqual({
      [clinic.therapist.id]: [course(first, 'Anya'), course(second, 'Bella')],
    });

    await reassignTherapist(clinic.admin, { courseId: first, therapistId: clinic.otherTherapist.id });
    expect(await listCoursesOfDeactivatedTherapists(clinic.admin)).toEqual({
      [clinic.therapist.id]: [course(second, 'Bella')],
    });
    await reassignTherapist(clinic.doctor, { courseId: second, therapistId: clinic.otherTherapist.id });
    expect(await listCoursesOfDeactivatedTherapists(clinic.admin)).toEqual({});
  });

  it('is for the admin only', async () => {
    for (const actor of [clinic.doctor, clinic.therapist, clinic.parent]) {
      await expect(listCoursesOfDeactivatedTherapists(actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
