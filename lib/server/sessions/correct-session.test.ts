import { beforeEach, describe, expect, it } from 'vitest';
import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
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
import { courseLock, raceBehindLock } from '@/test/integration/races';
import { correctSession } from './correct-session';
import { recordSession } from './record-session';
import { translatable } from '@/lib/i18n/translatable';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

/** A daily clinic course of `sessionCount` sessions from 18 Nov (TODAY is 21 Nov). */
async function clinicCourse(sessionCount = 3) {
  const { indicationId } = await createPatientWithIndication(clinic);
  return prescribeClinicCourse(clinic, indicationId, { startDate: iso('2026-11-18'), sessionCount });
}

const done = (sessionId: string) => ({
  sessionId,
  outcome: 'DONE' as const,
  wellToday: true as const,
  actualMinutes: 5,
  tolerance: 'GOOD' as const,
  notes: 'Calm',
});
const toMissed = (sessionId: string) => ({
  sessionId,
  status: 'MISSED' as const,
  notes: 'The family did not come',
  correctionReason: 'Recorded done on the wrong child',
});
const toDone = (sessionId: string) => ({
  sessionId,
  status: 'DONE' as const,
  wellBefore: true as const,
  actualMinutes: 6,
  tolerance: 'FUSSY' as const,
  notes: 'Came late after all',
  correctionReason: 'The session took place',
});

describe('correctSession', () => {
  it('keeps the previous values as history, and adds a make-up so the course keeps its count', async () => {
    const courseId = await clinicCourse();
    const [first] = await sessionDates(courseId);
    await recordSession(clinic.therapist, done(first!.id), TODAY);

    const result = await correctSession(clinic.therapist, toMissed(first!.id), TODAY);

    expect(result).toEqual({ courseId, makeUpOn: iso('2026-11-21'), isSessionRemoved: false, courseStatus: 'ACTIVE' });
    expect(await db.session.findUniqueOrThrow({ where: { id: first!.id } })).toMatchObject({
      status: 'MISSED',
      actualMinutes: null,
      tolerance: null,
      notes: 'The family did not come',
      wellConfirmedAt: null,
      recordedById: clinic.therapist.id,
    });
    const [history] = await db.sessionCorrection.findMany({ where: { sessionId: first!.id } });
    expect(history).toMatchObject({
      previousStatus: 'DONE',
      previousActualMinutes: 5,
      previousTolerance: 'GOOD',
      previousNotes: 'Calm',
      reason: 'Recorded done on the wrong child',
      correctedById: clinic.therapist.id,
    });
    const sessions = await sessionDates(courseId);
    expect(sessions.map((session) => [session.date, session.status, session.isMakeUp])).toEqual([
      ['2026-11-18', 'MISSED', false],
      ['2026-11-19', 'SCHEDULED', false],
      ['2026-11-20', 'SCHEDULED', false],
      ['2026-11-21', 'SCHEDULED', true],
    ]);
  });

  it('undoes and redoes the course’s completion, keeping its count each way', async () => {
    const courseId = await clinicCourse(2);
    const [first, second] = await sessionDates(courseId);
    await recordSession(clinic.therapist, done(first!.id), TODAY);
    await recordSession(clinic.therapist, done(second!.id), TODAY);
    const course0 = await db.course.findUniqueOrThrow({ where: { id: courseId } });
    expect(course0.status).toBe('COMPLETED');
    // The due list follows: a completed course makes the child due, a running one does not.
    const nextDue = async () =>
      (await db.patient.findUniqueOrThrow({ where: { id: course0.patientId } })).nextCourseDueOn;
    const dueWhenCompleted = await nextDue();
    expect(dueWhenCompleted).not.toBeNull();

    // Undone: the second was in fact missed, so the course runs again with a make-up from today.
    const undone = await correctSession(clinic.doctor, toMissed(second!.id), TODAY);
    expect(undone).toMatchObject({ courseStatus: 'ACTIVE', makeUpOn: TODAY });
    expect(await db.course.findUniqueOrThrow({ where: { id: courseId } })).toMatchObject({
      status: 'ACTIVE',
      completedAt: null,
    });
    expect(await sessionDates(courseId)).toHaveLength(3);
    expect(await nextDue()).toBeNull();

    // Redone: it did take place after all, so the make-up goes and the course is complete again.
    const redone = await correctSession(clinic.doctor, toDone(second!.id), TODAY);
    expect(redone).toMatchObject({ courseStatus: 'COMPLETED', makeUpOn: null, isSessionRemoved: true });
    const course = await db.course.findUniqueOrThrow({ where: { id: courseId } });
    expect(course.status).toBe('COMPLETED');
    expect(course.completedAt).not.toBeNull();
    expect(await nextDue()).toEqual(dueWhenCompleted);
    expect((await sessionDates(courseId)).map((session) => session.status)).toEqual(['DONE', 'DONE']);
    // Two corrections, two entries: the oldest says it was done, the newest that it was missed.
    const history = await db.sessionCorrection.findMany({
      where: { sessionId: second!.id },
      orderBy: { correctedAt: 'asc' },
    });
    expect(history.map((entry) => entry.previousStatus)).toEqual(['DONE', 'MISSED']);
    expect(await db.session.findUniqueOrThrow({ where: { id: second!.id } })).toMatchObject({
      status: 'DONE',
      actualMinutes: 6,
      tolerance: 'FUSSY',
    });
  });

  it('writes an audit row in the same transaction', async () => {
    const courseId = await clinicCourse();
    const [first] = await sessionDates(courseId);
    await recordSession(clinic.therapist, done(first!.id), TODAY);
    await correctSession(clinic.therapist, toMissed(first!.id), TODAY);
    const last = await db.auditEvent.findFirstOrThrow({ orderBy: { sequence: 'desc' } });
    expect(last).toMatchObject({
      action: 'UPDATE',
      entityType: 'SESSION',
      entityId: first!.id,
      actorId: clinic.therapist.id,
    });
  });

  it('refuses a session nobody recorded, and a change of nothing', async () => {
    const courseId = await clinicCourse();
    const [first] = await sessionDates(courseId);
    await expect(correctSession(clinic.doctor, toMissed(first!.id), TODAY)).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: translatable('errors.refusal.correction.notRecorded'),
    });
    await recordSession(clinic.therapist, done(first!.id), TODAY);
    await expect(
      correctSession(
        clinic.doctor,
        { ...toDone(first!.id), actualMinutes: 5, tolerance: 'GOOD', notes: 'Calm' },
        TODAY,
      ),
    ).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: translatable('errors.refusal.correction.nothingChanged'),
    });
    expect(await db.sessionCorrection.count()).toBe(0);
  });

  it('lets only the therapist who recorded it, or a paediatrician, correct a session', async () => {
    const courseId = await clinicCourse();
    const [first] = await sessionDates(courseId);
    await recordSession(clinic.therapist, done(first!.id), TODAY);
    await expect(correctSession(clinic.otherTherapist, toMissed(first!.id), TODAY)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    for (const actor of [clinic.parent, clinic.admin]) {
      await expect(correctSession(actor, toMissed(first!.id), TODAY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    // After a hand-over the course is no longer the recorder's: the new therapist did not record it either.
    await db.course.update({ where: { id: courseId }, data: { therapistId: clinic.otherTherapist.id } });
    await expect(correctSession(clinic.therapist, toMissed(first!.id), TODAY)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(correctSession(clinic.otherTherapist, toMissed(first!.id), TODAY)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await correctSession(clinic.doctor, toMissed(first!.id), TODAY)).toMatchObject({ courseStatus: 'ACTIVE' });
  });

  it('applies two corrections of the same session one after the other: one make-up, one history entry', async () => {
    const courseId = await clinicCourse();
    const [first] = await sessionDates(courseId);
    await recordSession(clinic.therapist, done(first!.id), TODAY);

    const results = await raceBehindLock(courseLock(courseId), [
      () => correctSession(clinic.therapist, toMissed(first!.id), TODAY),
      () => correctSession(clinic.doctor, toMissed(first!.id), TODAY),
    ]);

    // The second read the first's result under the lock, so it had nothing left to change.
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({
      reason: { code: 'INVALID_STATE', message: translatable('errors.refusal.correction.nothingChanged') },
    });
    expect(await sessionDates(courseId)).toHaveLength(4);
    expect(await db.sessionCorrection.count()).toBe(1);
  });
});
