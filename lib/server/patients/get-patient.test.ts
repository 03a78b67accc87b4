import { beforeEach, describe, expect, it } from 'vitest';
import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
import { cancelCourse } from '@/lib/server/courses/cancel-course';
import {
  createClinic,
  createPatientWithIndication,
  prescribeClinicCourse,
  resetDatabase,
  type Clinic,
} from '@/test/integration/fixtures';
import { COURSES_PER_PAGE, getPatient } from './get-patient';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

describe('getPatient', () => {
  // Issue 11: the patient page loaded every course and every session of a child followed for years.
  it("pages the child's courses, newest first, a page past the end showing the last", async () => {
    const { patientId, indicationId } = await createPatientWithIndication(clinic);
    const courseIds: string[] = [];
    for (let index = 0; index <= COURSES_PER_PAGE; index += 1) {
      const courseId = await prescribeClinicCourse(clinic, indicationId, {
        startDate: iso(`2026-11-${String(10 + index).padStart(2, '0')}`),
      });
      courseIds.push(courseId);
      if (index < COURSES_PER_PAGE) await cancelCourse(clinic.doctor, { courseId, reason: 'Family moved away.' });
    }
    const newestFirst = [...courseIds].reverse();

    const first = await getPatient(clinic.doctor, patientId);
    expect(first.courses.map((course) => course.id)).toEqual(newestFirst.slice(0, COURSES_PER_PAGE));
    expect(first).toMatchObject({ courseCount: COURSES_PER_PAGE + 1, coursePage: 1, coursePageCount: 2 });

    const second = await getPatient(clinic.doctor, patientId, 2);
    expect(second.courses.map((course) => course.id)).toEqual(newestFirst.slice(COURSES_PER_PAGE));
    expect((await getPatient(clinic.doctor, patientId, 9)).coursePage).toBe(2);
  });
});
