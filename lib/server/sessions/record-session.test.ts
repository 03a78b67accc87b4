import { beforeEach, describe, expect, it } from 'vitest';
import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
import { getCourse } from '@/lib/server/courses/get-course';
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
import { allFulfilled, courseLock, raceBehindLock } from '@/test/integration/races';
import { isDatabaseBusy } from '@/lib/server/database-errors';
import { recordSession } from './record-session';
import { translatable } from '@/lib/i18n/translatable';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

async function clinicCourse(overrides = {}) {
  const { indicationId } = await createPatientWithIndication(clinic);
  return prescribeClinicCourse(clinic, indicationId, { startDate: iso('2026-11-10'), ...overrides });
}

const done = (sessionId: string) => ({
  sessionId,
  outcome: 'DONE' as const,
  wellToday: true as const,
  actualMinutes: 14,
  tolerance: 'GOOD' as const,
  notes: 'Calm',
});

describe('recordSession', () => {
  it('marks a session done and moves the progress on', async () => {
    const courseId = await clinicCourse();
    const [first] = await sessionDates(courseId);
    const result = await recordSession(clinic.therapist, { ...done(first!.id), actualMinutes: 7 }, TODAY);

    expect(result).toEqual({
      courseId,
      minutesWarning: null,
      makeUpOn: null,
      resumesOn: null,
      isCourseComplete: false,
    });
    const stored = await db.session.findUniqueOrThrow({ where: { id: first!.id } });
    expect(stored).toMatchObject({
      status: 'DONE',
      actualMinutes: 7,
      tolerance: 'GOOD',
      notes: 'Calm',
      recordedById: clinic.therapist.id,
    });
    // The well-today confirmation is kept with the session, made when it was recorded.
    expect(stored.wellConfirmedAt).toEqual(stored.recordedAt);
    expect((await getCourse(clinic.doctor, courseId)).progress).toMatchObject({ done: 1, total: 10 });
  });

  it('records minutes far above the plan or the age’s limit, with a warning, never a refusal', async () => {
    // Born 1 Aug: 101 days old on 10 Nov, so at most 15 min; the first session is planned at 5.
    const courseId = await clinicCourse();
    const [first, second] = await sessionDates(courseId);
    expect([first!.plannedMinutes, second!.plannedMinutes]).toEqual([5, 6]);

    const far = await recordSession(clinic.therapist, { ...done(first!.id), actualMinutes: 8 }, TODAY);
    expect(far.minutesWarning).toBe(
      translatable('sessions.form.minutesWarning.farAbovePlan', { actual: 8, planned: 5 }),
    );
    const overAge = await recordSession(clinic.therapist, { ...done(second!.id), actualMinutes: 16 }, TODAY);
    expect(overAge.minutesWarning).toBe(
      translatable('sessions.form.minutesWarning.aboveAgeMax', { actual: 16, max: 15, planned: 6 }),
    );
    expect(await db.session.findUniqueOrThrow({ where: { id: second!.id } })).toMatchObject({
      status: 'DONE',
      actualMinutes: 16,
    });
  });

  it('passes a missed session’s planned minutes on: the make-up at the end takes the last plan', async () => {
    const courseId = await clinicCourse({ daysOff: [6, 7] });
    const sessions = await sessionDates(courseId);
    expect(sessions.map((session) => session.plannedMinutes)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);

    await recordSession(clinic.therapist, { sessionId: sessions[1]!.id, outcome: 'MISSED', notes: '' }, TODAY);

    const after = await sessionDates(courseId);
    expect(after.map((session) => session.plannedMinutes)).toEqual([5, 6, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(after.at(-1)).toMatchObject({ isMakeUp: true, plannedMinutes: 14 });
  });

  it('adds a make-up session after the last one when a session is missed, keeping the count', async () => {
    // Daily from Tue 10 Nov, weekends off: the tenth session is Mon 23 Nov.
    const courseId = await clinicCourse({ daysOff: [6, 7] });
    const sessions = await sessionDates(courseId);
    expect(sessions.at(-1)!.date).toBe('2026-11-23');

    const result = await recordSession(
      clinic.therapist,
      { sessionId: sessions[1]!.id, outcome: 'MISSED', notes: 'Baby had a cold' },
      TODAY,
    );

    // The make-up keeps the frequency (daily) and the days off: Tue 24 Nov.
    expect(result.makeUpOn).toBe('2026-11-24');
    const after = await sessionDates(courseId);
    expect(after).toHaveLength(11);
    expect(after.at(-1)).toMatchObject({ date: '2026-11-24', status: 'SCHEDULED', isMakeUp: true });
    const course = await getCourse(clinic.doctor, courseId);
    expect(course.progress).toMatchObject({ done: 0, total: 10, remaining: 10 });
  });

  it('treats a postponed session like a missed one and keeps the reason', async () => {
    const courseId = await clinicCourse({ frequency: 'EVERY_OTHER_DAY', startDate: '2026-11-20' });
    const sessions = await sessionDates(courseId);
    expect(sessions.at(-1)!.date).toBe('2026-12-08');

    // A future session may be postponed (not done or missed).
    const result = await recordSession(
      clinic.therapist,
      { sessionId: sessions[3]!.id, outcome: 'POSTPONED', reason: 'Vaccination day' },
      TODAY,
    );

    expect(result.makeUpOn).toBe('2026-12-10');
    expect(await db.session.findUniqueOrThrow({ where: { id: sessions[3]!.id } })).toMatchObject({
      status: 'POSTPONED',
      reason: 'Vaccination day',
    });
  });

  it('completes the course when its count of sessions is done, even after a missed one', async () => {
    const courseId = await clinicCourse({ sessionCount: 3, startDate: '2026-11-15' });
    const [first, second, third] = await sessionDates(courseId);
    await recordSession(clinic.therapist, done(first!.id), TODAY);
    const missed = await recordSession(
      clinic.therapist,
      { sessionId: second!.id, outcome: 'MISSED', notes: '' },
      TODAY,
    );
    expect(missed.makeUpOn).toBe('2026-11-18');
    await recordSession(clinic.therapist, done(third!.id), TODAY);
    const makeUp = (await sessionDates(courseId)).at(-1)!;
    const last = await recordSession(clinic.therapist, done(makeUp.id), TODAY);

    expect(last.isCourseComplete).toBe(true);
    const course = await db.course.findUniqueOrThrow({ where: { id: courseId } });
    expect(course.status).toBe('COMPLETED');
    expect(course.completedAt).toBeInstanceOf(Date);
    const summary = await getCourse(clinic.doctor, courseId);
    expect(summary.progress).toMatchObject({ done: 3, total: 3 });
    // Next course: 60 days after the last session done (18 Nov).
    expect(summary.nextCourseDueOn).toBe('2027-01-17');
    // The same date, stored on the child for the due list in the recording's transaction.
    const patient = await db.patient.findUniqueOrThrow({ where: { id: course.patientId } });
    expect(patient.nextCourseDueOn).toEqual(new Date('2027-01-17T00:00:00Z'));
  });

  it('completes the course when its last two sessions are recorded at the same moment', async () => {
    const courseId = await clinicCourse({ sessionCount: 2 });
    const [first, second] = await sessionDates(courseId);
    const results = allFulfilled(
      await raceBehindLock(courseLock(courseId), [
        () => recordSession(clinic.therapist, done(first!.id), TODAY),
        () => recordSession(clinic.therapist, done(second!.id), TODAY),
      ]),
    );

    // Each saw the other's session: exactly the second to commit completed the course.
    expect(results.map((result) => result.isCourseComplete).sort()).toEqual([false, true]);
    const course = await db.course.findUniqueOrThrow({ where: { id: courseId } });
    expect(course).toMatchObject({ status: 'COMPLETED' });
    const patient = await db.patient.findUniqueOrThrow({ where: { id: course.patientId } });
    expect(patient.nextCourseDueOn).not.toBeNull();
  });

  it('gives two sessions missed at the same moment two different make-up dates', async () => {
    const courseId = await clinicCourse({ sessionCount: 3 });
    const [first, second] = await sessionDates(courseId);
    const missed = (sessionId: string) =>
      recordSession(clinic.therapist, { sessionId, outcome: 'MISSED', notes: '' }, TODAY);
    allFulfilled(await raceBehindLock(courseLock(courseId), [() => missed(first!.id), () => missed(second!.id)]));

    const dates = (await sessionDates(courseId)).map((session) => session.date);
    expect(dates).toEqual(['2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-14']);
  });

  it('refuses a recording that waited while the course went to another therapist', async () => {
    const courseId = await clinicCourse();
    const [first] = await sessionDates(courseId);
    // Hold the course, as a reassignment being saved does, while the therapist records.
    const [recording] = await raceBehindLock(
      courseLock(courseId),
      [() => recordSession(clinic.therapist, done(first!.id), TODAY)],
      (tx) => tx.course.update({ where: { id: courseId }, data: { therapistId: clinic.otherTherapist.id } }),
    );

    expect(recording).toMatchObject({ status: 'rejected', reason: { code: 'NOT_FOUND' } });
    expect(await db.session.findUniqueOrThrow({ where: { id: first!.id } })).toMatchObject({ status: 'SCHEDULED' });
  });

  it('postpones a session when the baby is unwell and shifts the rest of the course, keeping its count', async () => {
    // Every other day from 17 Nov: 17, 19, 21, 23, 25, 27, 29 Nov, 1, 3, 5 Dec.
    const courseId = await clinicCourse({ frequency: 'EVERY_OTHER_DAY', startDate: '2026-11-17' });
    const sessions = await sessionDates(courseId);
    await recordSession(clinic.therapist, done(sessions[0]!.id), TODAY);
    await recordSession(clinic.therapist, done(sessions[1]!.id), TODAY);

    const result = await recordSession(
      clinic.therapist,
      { sessionId: sessions[2]!.id, outcome: 'UNWELL', conditions: ['FEVER'] },
      TODAY,
    );

    expect(result).toMatchObject({ resumesOn: '2026-11-22', makeUpOn: '2026-12-06', isCourseComplete: false });
    expect(await db.session.findUniqueOrThrow({ where: { id: sessions[2]!.id } })).toMatchObject({
      status: 'POSTPONED',
      reason: 'Not well today: Fever or high temperature',
    });
    const after = await sessionDates(courseId);
    expect(after.filter((session) => session.status === 'SCHEDULED').map((session) => session.date)).toEqual([
      '2026-11-22',
      '2026-11-24',
      '2026-11-26',
      '2026-11-28',
      '2026-11-30',
      '2026-12-02',
      '2026-12-04',
      '2026-12-06',
    ]);
    expect(after.filter((session) => session.status !== 'POSTPONED')).toHaveLength(10);
  });

  it('takes "not well today" only for the session scheduled today', async () => {
    const courseId = await clinicCourse({ startDate: '2026-11-19' });
    const [yesterdayButOne] = await sessionDates(courseId);
    await expect(
      recordSession(
        clinic.therapist,
        { sessionId: yesterdayButOne!.id, outcome: 'UNWELL', conditions: ['FEVER'] },
        TODAY,
      ),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' });
  });

  it('refuses to record the same session twice', async () => {
    const courseId = await clinicCourse();
    const [first] = await sessionDates(courseId);
    await recordSession(clinic.therapist, done(first!.id), TODAY);
    await expect(
      recordSession(clinic.therapist, { sessionId: first!.id, outcome: 'MISSED', notes: '' }, TODAY),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await db.session.count({ where: { courseId } })).toBe(10);
  });

  it('refuses to mark a future session done', async () => {
    const courseId = await clinicCourse({ startDate: '2026-11-25' });
    const [first] = await sessionDates(courseId);
    await expect(recordSession(clinic.therapist, done(first!.id), TODAY)).rejects.toMatchObject({
      code: 'INVALID_STATE',
    });
  });

  it('lets only the assigned therapist record a clinic session', async () => {
    const courseId = await clinicCourse();
    const [first] = await sessionDates(courseId);
    for (const outsider of [clinic.otherTherapist, clinic.parent]) {
      await expect(recordSession(outsider, done(first!.id), TODAY)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    // A doctor records no session at all: refused before anything is read.
    await expect(recordSession(clinic.doctor, done(first!.id), TODAY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await db.session.findUniqueOrThrow({ where: { id: first!.id } })).status).toBe('SCHEDULED');
  });

  it("lets a guardian tick their own child's home session, and nobody else's", async () => {
    const { indicationId } = await createPatientWithIndication(clinic, { guardianIds: [clinic.parent.id] });
    const courseId = await prescribeClinicCourse(clinic, indicationId, {
      location: 'HOME',
      therapistId: undefined,
      startDate: iso('2026-11-20'),
    });
    const [first] = await sessionDates(courseId);
    const tick = {
      sessionId: first!.id,
      outcome: 'DONE' as const,
      wellToday: true as const,
      actualMinutes: null,
      tolerance: 'FUSSY' as const,
      notes: 'Fussy at the end',
    };

    await expect(recordSession(clinic.otherParent, tick, TODAY)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(recordSession(clinic.therapist, tick, TODAY)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await recordSession(clinic.parent, tick, TODAY);
    expect(await db.session.findUniqueOrThrow({ where: { id: first!.id } })).toMatchObject({
      status: 'DONE',
      tolerance: 'FUSSY',
      actualMinutes: null,
      recordedById: clinic.parent.id,
    });
  });
});

describe("a guardian's record of a home session (issue 9)", () => {
  // A daily home course that began two days before TODAY: two past sessions, then today's.
  async function homeCourse() {
    const { indicationId } = await createPatientWithIndication(clinic, { guardianIds: [clinic.parent.id] });
    const courseId = await prescribeClinicCourse(clinic, indicationId, {
      location: 'HOME',
      therapistId: undefined,
      startDate: iso('2026-11-19'),
    });
    const [past, yesterday, today] = await sessionDates(courseId);
    expect(today!.date).toBe(TODAY);
    return { courseId, past: past!.id, yesterday: yesterday!.id, today: today!.id };
  }
  const unticked = (sessionId: string) => ({ ...done(sessionId), wellToday: false, actualMinutes: null });

  it("asks the well-today tick for today's session only, beside the box", async () => {
    const course = await homeCourse();
    await expect(recordSession(clinic.parent, unticked(course.today), TODAY)).rejects.toMatchObject({
      code: 'INVALID_STATE',
      fieldErrors: { wellToday: [translatable('validation.session.wellToday')] },
    });
    expect(await db.session.findUniqueOrThrow({ where: { id: course.today } })).toMatchObject({ status: 'SCHEDULED' });

    // An earlier session recorded afterwards: done, with no confirmation stored for it.
    await recordSession(clinic.parent, unticked(course.past), TODAY);
    const stored = await db.session.findUniqueOrThrow({ where: { id: course.past } });
    expect(stored).toMatchObject({ status: 'DONE', recordedById: clinic.parent.id, wellConfirmedAt: null });
  });

  it('records a past home session as missed with the reason, and adds a make-up session', async () => {
    const course = await homeCourse();
    const result = await recordSession(
      clinic.parent,
      { sessionId: course.yesterday, outcome: 'MISSED', notes: 'We were travelling' },
      TODAY,
    );
    expect(result.makeUpOn).not.toBeNull();
    expect(await db.session.findUniqueOrThrow({ where: { id: course.yesterday } })).toMatchObject({
      status: 'MISSED',
      notes: 'We were travelling',
      recordedById: clinic.parent.id,
    });
    expect(await db.session.count({ where: { courseId: course.courseId } })).toBe(11);
    await expect(
      recordSession(clinic.parent, { sessionId: course.past, outcome: 'UNWELL', conditions: ['FEVER'] }, TODAY),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' });
  });
});

describe('recordSession behind a held lock (issue 8)', () => {
  // The embedded PGlite is one session: a held lock makes every other connection wait its turn
  // (scripts/pglite-server.ts) rather than time out, so this runs on PostgreSQL only.
  it.skipIf(process.env.EMBEDDED_DATABASE)(
    'fails within the lock timeout as "busy", while other reads go on',
    async () => {
      const courseId = await clinicCourse();
      const other = await createPatientWithIndication(clinic);
      const first = await db.session.findFirstOrThrow({ where: { courseId }, orderBy: { scheduledOn: 'asc' } });

      await db.$transaction(
        async (tx) => {
          await tx.$executeRaw`SELECT 1 FROM "Course" WHERE "id" = ${courseId} FOR UPDATE`;
          const started = Date.now();
          const refused = await recordSession(clinic.therapist, done(first.id), TODAY).then(
            () => null,
            (error: unknown) => error,
          );
          expect(isDatabaseBusy(refused)).toBe(true);
          expect(Date.now() - started).toBeLessThan(10_000);
          // Another page's data is read as usual.
          expect(await db.patient.findUnique({ where: { id: other.patientId }, select: { id: true } })).not.toBeNull();
        },
        { timeout: 30_000 },
      );
      expect(await db.session.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: 'SCHEDULED' });
    },
  );
});
