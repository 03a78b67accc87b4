import { beforeEach, describe, expect, it } from 'vitest';
import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
import { recordSession } from '@/lib/server/sessions/record-session';
import {
  createClinic,
  createPatientWithIndication,
  db,
  prescribeClinicCourse,
  resetDatabase,
  sessionDates,
  TEST_TODAY as TODAY,
  type Clinic,
} from '@/test/integration/fixtures';
import { cancelCourse } from './cancel-course';
import { reinstateCourse } from './reinstate-course';
import { translatable } from '@/lib/i18n/translatable';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

const CANCELLED_FOR = 'Fever for a week';
const REASON = 'The fever has passed; the doctor cleared the child on 21 Nov.';

/** An every-other-day clinic course of 4 sessions from 10 Nov (10, 12, 14, 16), the first done, then cancelled. */
async function cancelledCourse() {
  const { patientId, indicationId } = await createPatientWithIndication(clinic);
  const courseId = await prescribeClinicCourse(clinic, indicationId, {
    startDate: iso('2026-11-10'),
    sessionCount: 4,
    frequency: 'EVERY_OTHER_DAY',
  });
  const [first] = await sessionDates(courseId);
  await recordSession(
    clinic.therapist,
    { sessionId: first!.id, outcome: 'DONE', wellToday: true, actualMinutes: 5, tolerance: 'GOOD', notes: '' },
    iso('2026-11-10'),
  );
  await cancelCourse(clinic.doctor, { courseId, reason: CANCELLED_FOR });
  return { patientId, indicationId, courseId };
}

describe('reinstateCourse', () => {
  it('runs the course again, its remaining sessions rescheduled from that day, the cancellation kept', async () => {
    const { patientId, courseId } = await cancelledCourse();
    const cancelled = await db.course.findUniqueOrThrow({ where: { id: courseId } });

    expect(await reinstateCourse(clinic.doctor, { courseId, reason: REASON }, TODAY)).toEqual({
      id: courseId,
      patientId,
      resumesOn: TODAY,
    });

    expect(await db.course.findUniqueOrThrow({ where: { id: courseId } })).toMatchObject({
      status: 'ACTIVE',
      cancelledAt: null,
      cancelledById: null,
      cancelReason: '',
    });
    expect((await sessionDates(courseId)).map((session) => [session.date, session.status])).toEqual([
      ['2026-11-10', 'DONE'],
      ['2026-11-21', 'SCHEDULED'],
      ['2026-11-23', 'SCHEDULED'],
      ['2026-11-25', 'SCHEDULED'],
    ]);
    expect(await db.courseReinstatement.findFirstOrThrow({ where: { courseId } })).toMatchObject({
      cancelledAt: cancelled.cancelledAt,
      cancelledById: clinic.doctor.id,
      cancelReason: CANCELLED_FOR,
      reason: REASON,
      reinstatedById: clinic.doctor.id,
    });
    const audit = await db.auditEvent.findFirstOrThrow({ orderBy: { sequence: 'desc' } });
    expect(audit).toMatchObject({ action: 'UPDATE', entityType: 'COURSE', entityId: courseId });
  });

  it('refuses while a newer course exists for the child, and for a course that is not cancelled', async () => {
    const { courseId, indicationId } = await cancelledCourse();
    const newer = await prescribeClinicCourse(clinic, indicationId, { startDate: iso('2026-11-22') });
    await expect(reinstateCourse(clinic.doctor, { courseId, reason: REASON }, TODAY)).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: translatable('errors.refusal.course.newerCourse'),
    });
    await expect(reinstateCourse(clinic.doctor, { courseId: newer, reason: REASON }, TODAY)).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: translatable('errors.refusal.course.runningNothingToReinstate'),
    });
    expect(await db.courseReinstatement.count()).toBe(0);
  });

  it('is the paediatrician’s alone', async () => {
    const { courseId } = await cancelledCourse();
    for (const actor of [clinic.therapist, clinic.admin, clinic.parent]) {
      await expect(reinstateCourse(actor, { courseId, reason: REASON }, TODAY)).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    expect((await db.course.findUniqueOrThrow({ where: { id: courseId } })).status).toBe('CANCELLED');
  });
});
