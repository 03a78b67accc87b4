import { beforeEach, describe, expect, it } from 'vitest';
import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
import type { CourseStatus } from '@/lib/generated/prisma/client';
import {
  createClinic,
  createPatientWithIndication,
  db,
  prescribeClinicCourse,
  resetDatabase,
  type Clinic,
} from '@/test/integration/fixtures';
import { cancelCourse } from './cancel-course';
import { listPatientsDueForCourse } from './list-due-courses';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

/** Arranges a finished course: every session done (recording them is record-session's test). */
async function finish(courseId: string, status: CourseStatus = 'COMPLETED'): Promise<void> {
  await db.session.updateMany({ where: { courseId }, data: { status: 'DONE' } });
  await db.course.update({ where: { id: courseId }, data: { status, completedAt: new Date() } });
}

/** A patient whose daily course of ten ran from `startDate`, with `breakAfterDays` before the next. */
async function patientWithFinishedCourse(name: string, startDate: string, breakAfterDays = 60) {
  // Born in May, so every start date here is past the age gates and 15-minute sessions are allowed.
  const { patientId, indicationId } = await createPatientWithIndication(clinic, {
    firstName: name,
    dateOfBirth: iso('2026-05-01'),
    umbilicalWoundHealedOn: iso('2026-05-20'),
  });
  const courseId = await prescribeClinicCourse(clinic, indicationId, { startDate: iso(startDate), breakAfterDays });
  await finish(courseId);
  return { patientId, indicationId, courseId };
}

describe('listPatientsDueForCourse', () => {
  it('lists a completed course with the exact next-course date: the last session done plus its break', async () => {
    // Daily from Mon 2 Nov: the tenth session is Wed 11 Nov; 60 days later is Sun 10 Jan.
    const { patientId, courseId } = await patientWithFinishedCourse('Eva', '2026-11-02');

    const upcoming = await listPatientsDueForCourse(clinic.doctor, iso('2026-12-01'));
    expect(upcoming).toEqual([
      {
        patientId,
        firstName: 'Eva',
        lastName: 'Baby',
        age: '7 months',
        lastCourseId: courseId,
        kind: 'THERAPEUTIC',
        diagnosis: 'Colic',
        nextCourseDueOn: '2027-01-10',
        isDue: false,
      },
    ]);
    expect((await listPatientsDueForCourse(clinic.doctor, iso('2027-01-09')))[0]?.isDue).toBe(false);
    expect((await listPatientsDueForCourse(clinic.doctor, iso('2027-01-10')))[0]?.isDue).toBe(true);
  });

  it('counts from the last session done, not the last one scheduled', async () => {
    const { courseId } = await patientWithFinishedCourse('Eva', '2026-11-02', 30);
    // The tenth session (11 Nov) was missed; the ninth (10 Nov) is the last one done.
    await db.session.updateMany({
      where: { courseId, scheduledOn: new Date('2026-11-11T00:00:00Z') },
      data: { status: 'MISSED' },
    });
    const [item] = await listPatientsDueForCourse(clinic.doctor, iso('2026-12-01'));
    expect(item?.nextCourseDueOn).toBe('2026-12-10');
  });

  it('sorts by the next-course date, soonest first', async () => {
    await patientWithFinishedCourse('Later', '2026-10-01', 90);
    await patientWithFinishedCourse('Sooner', '2026-11-02', 14);
    await patientWithFinishedCourse('Middle', '2026-09-01', 60);

    const items = await listPatientsDueForCourse(clinic.doctor, iso('2026-11-20'));
    expect(items.map((item) => [item.firstName, item.nextCourseDueOn, item.isDue])).toEqual([
      ['Middle', '2026-11-09', true],
      ['Sooner', '2026-11-25', false],
      ['Later', '2027-01-08', false],
    ]);
  });

  it('leaves out a patient with an active course, even after a completed one', async () => {
    const { indicationId } = await patientWithFinishedCourse('Busy', '2026-09-01');
    await prescribeClinicCourse(clinic, indicationId, { startDate: iso('2026-11-16') });

    expect(await listPatientsDueForCourse(clinic.doctor, iso('2026-11-20'))).toEqual([]);
  });

  it('leaves out a patient whose latest course was cancelled, and one who never had a course', async () => {
    // Without the cancellation, the September course's break would make her due from 9 Nov.
    const { indicationId } = await patientWithFinishedCourse('Stopped', '2026-09-01');
    const cancelled = await prescribeClinicCourse(clinic, indicationId, { startDate: iso('2026-11-16') });
    await cancelCourse(clinic.doctor, { courseId: cancelled, reason: 'Family withdrew.' });
    await createPatientWithIndication(clinic, { firstName: 'New' });

    expect(await listPatientsDueForCourse(clinic.doctor, iso('2026-11-20'))).toEqual([]);
  });

  it('lists the patient again once a course prescribed after the cancelled one is completed, dated from that course', async () => {
    const { indicationId } = await patientWithFinishedCourse('Back', '2026-09-01');
    const cancelled = await prescribeClinicCourse(clinic, indicationId, { startDate: iso('2026-10-05') });
    await cancelCourse(clinic.doctor, { courseId: cancelled, reason: 'Fever for a week; restart when well.' });
    // Daily from Mon 2 Nov: the tenth session is Wed 11 Nov; 30 days later is Fri 11 Dec.
    const restarted = await prescribeClinicCourse(clinic, indicationId, {
      startDate: iso('2026-11-02'),
      breakAfterDays: 30,
    });
    await finish(restarted);

    expect(await listPatientsDueForCourse(clinic.doctor, iso('2026-11-20'))).toEqual([
      expect.objectContaining({
        firstName: 'Back',
        lastCourseId: restarted,
        nextCourseDueOn: '2026-12-11',
        isDue: false,
      }),
    ]);
  });

  it.each(['therapist', 'admin', 'parent'] as const)('refuses a %s', async (who) => {
    await patientWithFinishedCourse('Eva', '2026-11-02');
    await expect(listPatientsDueForCourse(clinic[who], iso('2026-12-01'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
