import { beforeEach, describe, expect, it } from 'vitest';
import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
import { reassignTherapist } from '@/lib/server/courses/reassign-therapist';
import { prescribeCourse } from '@/lib/server/courses/prescribe-course';
import {
  courseInput,
  createClinic,
  createPatientWithIndication,
  db,
  prescribeClinicCourse,
  resetDatabase,
  TEST_TODAY,
  type Clinic,
} from '@/test/integration/fixtures';
import { raceBehindLock } from '@/test/integration/races';
import { recordSession } from './record-session';
import { isTimeClash } from './time-clash';
import type { AppError } from '@/lib/errors';
import { translatorFor } from '@/lib/i18n/translator';
import { translatable } from '@/lib/i18n/translatable';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

const timesOf = async (courseId: string) =>
  (
    await db.session.findMany({
      where: { courseId },
      orderBy: { scheduledOn: 'asc' },
      select: { id: true, scheduledOn: true, startMinute: true, endMinute: true, therapistId: true, isMakeUp: true },
    })
  ).map((session) => ({ ...session, scheduledOn: session.scheduledOn.toISOString().slice(0, 10) }));

async function newIndication() {
  return (await createPatientWithIndication(clinic)).indicationId;
}

describe('clinic session times', () => {
  it('books every session of a clinic course at the chosen time, held by its therapist', async () => {
    const courseId = await prescribeClinicCourse(clinic, await newIndication(), {
      startDate: iso('2026-11-23'),
      sessionCount: 3,
      startTime: '10:30',
    });
    expect(await timesOf(courseId)).toMatchObject([
      { scheduledOn: '2026-11-23', startMinute: 630, endMinute: 660, therapistId: clinic.therapist.id },
      { scheduledOn: '2026-11-24', startMinute: 630, endMinute: 660 },
      { scheduledOn: '2026-11-25', startMinute: 630, endMinute: 660 },
    ]);
  });

  it('refuses a taken time beside the field; the next course keeps the time where free, else the nearest', async () => {
    await prescribeClinicCourse(clinic, await newIndication(), {
      startDate: iso('2026-11-24'),
      sessionCount: 1,
      startTime: '09:00',
    });
    const taken = prescribeClinicCourse(clinic, await newIndication(), {
      startDate: iso('2026-11-24'),
      startTime: '09:00',
    });
    await expect(taken).rejects.toMatchObject({
      fieldErrors: { startTime: [translatable('prescription.times.therapistBusy', { start: '09:00', end: '09:30' })] },
    });

    // Starting a day earlier at 09:00: the 24th's 09:00 is taken, so that session takes 08:30.
    const courseId = await prescribeClinicCourse(clinic, await newIndication(), {
      startDate: iso('2026-11-23'),
      sessionCount: 3,
      startTime: '09:00',
    });
    expect((await timesOf(courseId)).map((session) => session.startMinute)).toEqual([540, 510, 540]);
  });

  it('lets the database refuse two overlapping sessions of one therapist', async () => {
    const first = await prescribeClinicCourse(clinic, await newIndication(), {
      startDate: iso('2026-11-24'),
      sessionCount: 1,
      startTime: '09:00',
    });
    const second = await prescribeClinicCourse(clinic, await newIndication(), {
      startDate: iso('2026-11-24'),
      sessionCount: 1,
      startTime: '10:00',
    });
    const [held] = await timesOf(first);
    const [other] = await timesOf(second);
    const overlap = db.session.update({
      where: { id: other!.id },
      data: { startMinute: held!.startMinute! + 15, endMinute: held!.endMinute! + 15 },
    });
    const error: unknown = await overlap.catch((caught: unknown) => caught);
    expect(isTimeClash(error)).toBe(true);
    // A missed session frees its time: the same move is then allowed.
    await db.session.update({ where: { id: held!.id }, data: { status: 'MISSED' } });
    await db.session.update({
      where: { id: other!.id },
      data: { startMinute: held!.startMinute! + 15, endMinute: held!.endMinute! + 15 },
    });
  });

  it('refuses one of two prescriptions racing for the same time, in the database', async () => {
    const indications = [await newIndication(), await newIndication()];
    // Both read the free times, then wait to write behind a lock on the session table.
    const results = await raceBehindLock(
      (tx) => tx.$executeRaw`LOCK TABLE "Session" IN SHARE ROW EXCLUSIVE MODE`,
      indications.map(
        (indicationId) => () =>
          prescribeCourse(
            clinic.doctor,
            courseInput(indicationId, {
              therapistId: clinic.therapist.id,
              startDate: iso('2026-11-24'),
              sessionCount: 2,
              startTime: '09:00',
            }),
            TEST_TODAY,
          ),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((result) => result.status === 'rejected');
    expect(refused?.reason).toMatchObject({ fieldErrors: { startTime: [expect.any(String)] } });
    const [message] = (refused?.reason as AppError).fieldErrors.startTime ?? [];
    expect(translatorFor('en')(message ?? '')).toMatch(/choose another time/);
    expect(await db.session.count({ where: { therapistId: clinic.therapist.id } })).toBe(2);
  });

  it('gives a make-up the course’s time, or the nearest free one that day', async () => {
    const courseId = await prescribeClinicCourse(clinic, await newIndication(), {
      startDate: iso('2026-11-18'),
      sessionCount: 3,
      startTime: '09:00',
    });
    // Another course takes 09:00 on the day after the last session, where the make-up goes.
    await prescribeClinicCourse(clinic, await newIndication(), {
      startDate: iso('2026-11-21'),
      sessionCount: 1,
      startTime: '09:00',
    });
    const [first] = await timesOf(courseId);
    await recordSession(
      clinic.therapist,
      { sessionId: first!.id, outcome: 'MISSED', notes: 'Family did not come' },
      TEST_TODAY,
    );
    const makeUp = (await timesOf(courseId)).find((session) => session.isMakeUp);
    expect(makeUp).toMatchObject({
      scheduledOn: '2026-11-21',
      startMinute: 510,
      endMinute: 540,
      therapistId: clinic.therapist.id,
    });
  });

  it('refuses to hand a course to a therapist busy at its times, beside the therapist', async () => {
    const courseId = await prescribeClinicCourse(clinic, await newIndication(), {
      startDate: iso('2026-11-24'),
      sessionCount: 2,
      startTime: '09:00',
    });
    await prescribeClinicCourse(clinic, await newIndication(), {
      startDate: iso('2026-11-25'),
      sessionCount: 1,
      therapistId: clinic.otherTherapist.id,
      startTime: '09:00',
    });
    await expect(
      reassignTherapist(clinic.doctor, { courseId, therapistId: clinic.otherTherapist.id }),
    ).rejects.toMatchObject({
      fieldErrors: {
        therapistId: [
          translatable('errors.refusal.course.therapistBusy', {
            name: clinic.otherTherapist.name,
            date: Date.UTC(2026, 10, 25),
            start: '09:00',
            end: '09:30',
          }),
        ],
      },
    });
    // The day in each reader's words, never the ISO date the database keeps.
    const busy = translatable('errors.refusal.course.therapistBusy', {
      name: 'Boris',
      date: Date.UTC(2026, 10, 25),
      start: '09:00',
      end: '09:30',
    });
    expect(translatorFor('en')(busy)).toContain('Boris already has a session on November 25, 2026 from 09:00 to 09:30');
    expect(translatorFor('ru')(busy)).toContain('У массажиста Boris 25 ноября 2026 г. с 09:00 до 09:30');
  });
});
