import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '@/lib/domain/calendar-date';
import { cancelCourse } from '@/lib/server/courses/cancel-course';
import {
  createClinic,
  createPatientWithIndication,
  db,
  prescribeClinicCourse,
  resetDatabase,
  sessionDates,
  TEST_TODAY,
  type Clinic,
} from '@/test/integration/fixtures';
import { recordSession } from './record-session';
import { getSessionTimeForm, setSessionTime } from './session-time';
import { translatable } from '@/lib/i18n/translatable';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

/** A daily clinic course of clinic.therapist at 07:00 from TEST_TODAY; its sessions from tomorrow on. */
async function course(startTime = '07:00') {
  const { indicationId } = await createPatientWithIndication(clinic);
  const courseId = await prescribeClinicCourse(clinic, indicationId, { startDate: TEST_TODAY, startTime });
  const sessions = await sessionDates(courseId);
  return { courseId, tomorrow: sessions[1]!, today: sessions[0]! };
}

const at = (sessionId: string, startTime: string, room = '') => ({ sessionId, start: minute(startTime), room });
const minute = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

describe('booking the time of one session', () => {
  it("moves a session to a free start of its day for its therapist, and offers that day's free starts", async () => {
    const { tomorrow } = await course();
    const form = await getSessionTimeForm(clinic.therapist, tomorrow.id, TEST_TODAY);
    expect(form.refusal).toBeNull();
    expect(form.starts).toContain(minute('07:00'));
    expect(form.starts).toContain(minute('10:30'));

    await setSessionTime(clinic.therapist, at(tomorrow.id, '10:30'), TEST_TODAY);
    const stored = await db.session.findUniqueOrThrow({ where: { id: tomorrow.id } });
    expect([stored.startMinute, stored.endMinute, stored.therapistId]).toEqual([
      minute('10:30'),
      minute('11:00'),
      clinic.therapist.id,
    ]);
    const audit = await db.auditEvent.findFirst({ where: { entityId: tomorrow.id, action: 'UPDATE' } });
    expect(audit?.actorId).toBe(clinic.therapist.id);
  });

  it("refuses a start the therapist holds with another child, beside the time, and keeps the session's time", async () => {
    const { tomorrow } = await course('07:00');
    await course('09:00');
    const offered = (await getSessionTimeForm(clinic.doctor, tomorrow.id, TEST_TODAY)).starts;
    expect(offered).not.toContain(minute('09:00'));

    await expect(setSessionTime(clinic.doctor, at(tomorrow.id, '09:00'), TEST_TODAY)).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { startTime: [translatable('prescription.times.therapistBusy', { start: '09:00', end: '09:30' })] },
    });
    await expect(setSessionTime(clinic.doctor, at(tomorrow.id, '21:00'), TEST_TODAY)).rejects.toMatchObject({
      fieldErrors: { startTime: [expect.stringMatching(/^i18n:prescription\.times\.outsideHours /)] },
    });
    expect((await db.session.findUniqueOrThrow({ where: { id: tomorrow.id } })).startMinute).toBe(minute('07:00'));
  });

  it("is not found for another therapist's session and refused for a parent", async () => {
    const { tomorrow } = await course();
    await expect(getSessionTimeForm(clinic.otherTherapist, tomorrow.id, TEST_TODAY)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(setSessionTime(clinic.otherTherapist, at(tomorrow.id, '12:00'), TEST_TODAY)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(setSessionTime(clinic.parent, at(tomorrow.id, '12:00'), TEST_TODAY)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('refuses a recorded session, a day gone by and a cancelled course', async () => {
    const { courseId, today, tomorrow } = await course();
    await recordSession(clinic.therapist, { sessionId: today.id, outcome: 'MISSED', notes: '' }, TEST_TODAY);
    await expect(setSessionTime(clinic.doctor, at(today.id, '12:00'), TEST_TODAY)).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: translatable('errors.refusal.sessionTime.alreadyRecorded'),
    });
    await expect(setSessionTime(clinic.doctor, at(tomorrow.id, '12:00'), addDays(TEST_TODAY, 2))).rejects.toMatchObject(
      { message: translatable('errors.refusal.sessionTime.dayPassed') },
    );
    await cancelCourse(clinic.doctor, { courseId, reason: 'Family moved away.' });
    const form = await getSessionTimeForm(clinic.doctor, tomorrow.id, TEST_TODAY);
    expect(form.refusal).toBe(translatable('errors.refusal.sessionTime.courseNotRunning'));
    expect(form.starts).toEqual([]);
  });
});
