import { beforeEach, describe, expect, it } from 'vitest';
import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
import { listAttention } from '@/lib/server/alerts/list-alerts';
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
import { DEFAULT_CLINIC_DAY } from '@/lib/validation/clinic-day';
import { updateClinicDay } from './clinic-day';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

const allDay = '07:00-21:00';
const everyDay = { hoursMon: allDay, hoursTue: allDay, hoursWed: allDay, hoursThu: allDay, hoursFri: allDay };

/** Each session's date and start ("HH:MM", or null with no time). */
async function timesOf(courseId: string) {
  const sessions = await db.session.findMany({ where: { courseId }, orderBy: { scheduledOn: 'asc' } });
  return Object.fromEntries(
    sessions.map((session) => [
      session.scheduledOn.toISOString().slice(0, 10),
      session.startMinute === null ? null : session.startMinute / 60,
    ]),
  );
}

describe('changing the opening hours', () => {
  it('takes the time off sessions to come that the new hours leave out, and only those', async () => {
    // TEST_TODAY, 21 November 2026, is a Saturday. Both courses are daily at 18:00.
    const { indicationId } = await createPatientWithIndication(clinic, { firstName: 'Unbooked' });
    const courseId = await prescribeClinicCourse(clinic, indicationId, { startDate: TEST_TODAY, startTime: '18:00' });
    const earlier = await createPatientWithIndication(clinic);
    const earlierCourse = await prescribeClinicCourse(clinic, earlier.indicationId, {
      startDate: iso('2026-11-15'),
      startTime: '18:00',
      therapistId: clinic.otherTherapist.id,
    });

    const { changed, unbooked } = await updateClinicDay(
      clinic.admin,
      { ...DEFAULT_CLINIC_DAY, ...everyDay, hoursSat: '07:00-13:00', hoursSun: '' },
      TEST_TODAY,
    );
    expect(changed).toEqual(['hoursSat', 'hoursSun']);

    // Saturdays now close at 13:00 and Sundays are closed: today, the 22nd, the 28th and the 29th.
    const times = await timesOf(courseId);
    expect(
      Object.entries(times)
        .filter(([, start]) => start === null)
        .map(([date]) => date),
    ).toEqual(['2026-11-21', '2026-11-22', '2026-11-28', '2026-11-29']);
    expect(times['2026-11-23']).toBe(18);
    // The earlier course's past Sunday keeps the time it had: only sessions to come are booked.
    const earlierTimes = await timesOf(earlierCourse);
    expect(earlierTimes['2026-11-15']).toBe(18);
    expect([earlierTimes['2026-11-21'], earlierTimes['2026-11-22']]).toEqual([null, null]);
    expect(unbooked).toBe(4 + 2);

    const unbookedIds = (await sessionDates(courseId)).filter((session) => times[session.date] === null);
    const audited = await db.auditEvent.findMany({
      where: { action: 'UPDATE', entityId: { in: unbookedIds.map((session) => session.id) } },
    });
    expect(audited.map((event) => event.actorId)).toEqual(unbookedIds.map(() => clinic.admin.id));
    // Each waits for someone to book it again.
    const untimed = (await listAttention(clinic.doctor, TEST_TODAY)).untimed;
    expect(untimed.filter((item) => item.patientName.startsWith('Unbooked')).map((item) => item.scheduledOn)).toEqual(
      unbookedIds.map((session) => session.date),
    );
  });

  it('leaves every booked session alone when the hours still hold them', async () => {
    const { indicationId } = await createPatientWithIndication(clinic);
    const courseId = await prescribeClinicCourse(clinic, indicationId, { startDate: TEST_TODAY, startTime: '09:00' });
    const before = await timesOf(courseId);
    const { unbooked } = await updateClinicDay(
      clinic.admin,
      { ...DEFAULT_CLINIC_DAY, ...everyDay, hoursSat: '08:00-12:00', hoursSun: '08:00-12:00' },
      TEST_TODAY,
    );
    expect(unbooked).toBe(0);
    expect(await timesOf(courseId)).toEqual(before);
  });
});
