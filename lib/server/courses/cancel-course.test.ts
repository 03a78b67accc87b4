import { beforeEach, describe, expect, it } from 'vitest';
import { clinicTimeZone } from '@/lib/clinic-time';
import { parseIsoDate as iso, todayIn } from '@/lib/domain/calendar-date';
import { AppError } from '@/lib/errors';
import { getPatient } from '@/lib/server/patients/get-patient';
import { listTherapistSessions } from '@/lib/server/sessions/list-therapist-sessions';
import { recordSession } from '@/lib/server/sessions/record-session';
import {
  createActor,
  createClinic,
  createPatientWithIndication,
  db,
  prescribeClinicCourse,
  resetDatabase,
  sessionDates,
  TEST_TODAY,
  type Clinic,
} from '@/test/integration/fixtures';
import { courseLock, raceBehindLock } from '@/test/integration/races';
import { cancelCourse } from './cancel-course';
import { getCourse } from './get-course';
import { translatable } from '@/lib/i18n/translatable';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

const REASON = 'Congenital heart defect found on 20 Nov: no massage until cardiology clears it.';

/** A clinic course of ten daily sessions from 10 Nov, for the parent's child, with the therapist. */
async function runningCourse(overrides = {}) {
  const { patientId, indicationId } = await createPatientWithIndication(clinic, { guardianIds: [clinic.parent.id] });
  const courseId = await prescribeClinicCourse(clinic, indicationId, { startDate: iso('2026-11-10'), ...overrides });
  return { patientId, courseId };
}

const done = (sessionId: string) => ({
  sessionId,
  outcome: 'DONE' as const,
  wellToday: true as const,
  actualMinutes: 14,
  tolerance: 'GOOD' as const,
  notes: 'Calm',
});

describe('cancelCourse', () => {
  it('cancels an active course and stores who, when and why; the sessions done stay as history', async () => {
    const { patientId, courseId } = await runningCourse();
    const [first, second] = await sessionDates(courseId);
    await recordSession(clinic.therapist, done(first!.id), TEST_TODAY);
    await recordSession(clinic.therapist, done(second!.id), TEST_TODAY);

    const before = new Date();
    expect(await cancelCourse(clinic.doctor, { courseId, reason: REASON })).toEqual({ id: courseId, patientId });
    const after = new Date();

    const stored = await db.course.findUniqueOrThrow({ where: { id: courseId } });
    expect(stored).toMatchObject({
      status: 'CANCELLED',
      cancelledById: clinic.doctor.id,
      cancelReason: REASON,
      completedAt: null,
    });
    expect(stored.cancelledAt!.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(stored.cancelledAt!.getTime()).toBeLessThanOrEqual(after.getTime());
    // Nothing is rewritten: two done, the other eight still as they were planned.
    expect((await sessionDates(courseId)).map((session) => session.status)).toEqual([
      'DONE',
      'DONE',
      ...Array(8).fill('SCHEDULED'),
    ]);

    // The course page, the patient page's list and the parent's view all say it.
    const cancellation = {
      cancelledOn: todayIn(clinicTimeZone(), stored.cancelledAt!),
      cancelledByName: 'Dr Test',
      reason: REASON,
    };
    const course = await getCourse(clinic.doctor, courseId);
    expect(course).toMatchObject({
      status: 'CANCELLED',
      cancellation,
      progress: { done: 2, total: 10 },
      lastSessionDate: '2026-11-11',
      nextCourseDueOn: null,
    });
    expect(course.sessions.map((session) => session.isCalledOff)).toEqual([false, false, ...Array(8).fill(true)]);
    expect((await getPatient(clinic.doctor, patientId)).courses).toEqual([
      expect.objectContaining({ id: courseId, status: 'CANCELLED', cancellation }),
    ]);
    expect(await getCourse(clinic.parent, courseId)).toMatchObject({ status: 'CANCELLED', cancellation });
  });

  it('leaves an active course without a cancellation and every session to come', async () => {
    const { courseId } = await runningCourse();
    const course = await getCourse(clinic.doctor, courseId);
    expect(course.cancellation).toBeNull();
    expect(course.sessions.some((session) => session.isCalledOff)).toBe(false);
    expect(course.lastSessionDate).toBe('2026-11-19');
  });

  it('refuses a completed course with a clear message, and changes nothing', async () => {
    const { courseId } = await runningCourse({ sessionCount: 2 });
    for (const session of await sessionDates(courseId))
      await recordSession(clinic.therapist, done(session.id), TEST_TODAY);
    expect((await db.course.findUniqueOrThrow({ where: { id: courseId } })).status).toBe('COMPLETED');

    await expect(cancelCourse(clinic.doctor, { courseId, reason: REASON })).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: translatable('errors.refusal.course.completedNotCancellable'),
    });
    expect(await db.course.findUniqueOrThrow({ where: { id: courseId } })).toMatchObject({
      status: 'COMPLETED',
      cancelledAt: null,
      cancelledById: null,
      cancelReason: '',
    });
  });

  it('answers a second cancellation with a message, keeping the first one', async () => {
    const { courseId } = await runningCourse();
    await cancelCourse(clinic.doctor, { courseId, reason: REASON });
    await expect(cancelCourse(clinic.doctor, { courseId, reason: 'Family withdrew.' })).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: translatable('errors.refusal.course.alreadyCancelled'),
    });
    expect((await db.course.findUniqueOrThrow({ where: { id: courseId } })).cancelReason).toBe(REASON);
  });

  it('lets exactly one of two simultaneous submits through; the other gets an expected error, not a crash', async () => {
    const { courseId } = await runningCourse();
    // Both arrive while the course is held (as a session being recorded holds it), then go on together.
    const results = await raceBehindLock(courseLock(courseId), [
      () => cancelCourse(clinic.doctor, { courseId, reason: 'First click.' }),
      () => cancelCourse(clinic.doctor, { courseId, reason: 'Second click.' }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const [refusal] = results.filter((result) => result.status === 'rejected');
    expect(refusal?.reason).toBeInstanceOf(AppError);
    expect(['INVALID_STATE', 'CONFLICT']).toContain((refusal?.reason as AppError).code);
    expect(['First click.', 'Second click.']).toContain(
      (await db.course.findUniqueOrThrow({ where: { id: courseId } })).cancelReason,
    );
  });

  it('lets any paediatrician cancel, not only the prescriber', async () => {
    const { courseId } = await runningCourse();
    const colleague = await createActor('PAEDIATRICIAN', 'Dr Colleague');
    await cancelCourse(colleague, { courseId, reason: 'Family withdrew.' });
    expect(await db.course.findUniqueOrThrow({ where: { id: courseId } })).toMatchObject({
      status: 'CANCELLED',
      cancelledById: colleague.id,
    });
    expect((await getCourse(clinic.doctor, courseId)).cancellation?.cancelledByName).toBe('Dr Colleague');
  });

  it('refuses every role but a paediatrician, whether or not they see the course, and answers not-found for a course out of reach', async () => {
    const { courseId } = await runningCourse();
    const attempt = (actor: Clinic[keyof Clinic]) => cancelCourse(actor, { courseId, reason: 'Not theirs to decide.' });
    // The assigned therapist, the child's parent and the admin can open the course, but cancelling is a doctor's order;
    // the refusal comes before the course is read, so it says nothing about the course to those who cannot see it.
    for (const refused of [clinic.therapist, clinic.parent, clinic.admin, clinic.otherTherapist, clinic.otherParent]) {
      await expect(attempt(refused)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    // Scoped even for a permitted role (see lib/server/policy.test.ts for a permission granted by mistake).
    await expect(cancelCourse(clinic.doctor, { courseId: 'no-such-course', reason: REASON })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await db.course.findUniqueOrThrow({ where: { id: courseId } })).toMatchObject({
      status: 'ACTIVE',
      cancelledAt: null,
      cancelReason: '',
    });
  });

  it("takes the remaining sessions off the therapist's agenda and refuses to record them", async () => {
    const { courseId } = await runningCourse();
    const kept = await runningCourse({ startDate: '2026-11-20' });
    const sessions = await sessionDates(courseId);
    await recordSession(clinic.therapist, done(sessions[0]!.id), TEST_TODAY);

    const courseIdsIn = async () => {
      const agenda = await listTherapistSessions(clinic.therapist, TEST_TODAY, { from: TEST_TODAY, days: 15 });
      return new Set(
        [...agenda.overdue, ...agenda.days.flatMap((day) => day.sessions)].map((session) => session.courseId),
      );
    };
    // Positive control: both courses are on the agenda while they run.
    expect(await courseIdsIn()).toEqual(new Set([courseId, kept.courseId]));

    await cancelCourse(clinic.doctor, { courseId, reason: REASON });
    expect(await courseIdsIn()).toEqual(new Set([kept.courseId]));

    // An overdue session, today's, and a future one: none can be recorded any more, whatever the outcome.
    const cancelledMessage = {
      code: 'INVALID_STATE',
      message: translatable('errors.refusal.recording.courseCancelled'),
    };
    await expect(recordSession(clinic.therapist, done(sessions[1]!.id), TEST_TODAY)).rejects.toMatchObject(
      cancelledMessage,
    );
    await expect(
      recordSession(clinic.therapist, { sessionId: sessions[1]!.id, outcome: 'MISSED', notes: '' }, TEST_TODAY),
    ).rejects.toMatchObject(cancelledMessage);
    await expect(
      recordSession(clinic.therapist, { sessionId: sessions[9]!.id, outcome: 'POSTPONED', reason: 'Away' }, TEST_TODAY),
    ).rejects.toMatchObject(cancelledMessage);
    expect((await sessionDates(courseId)).map((session) => session.status)).toEqual([
      'DONE',
      ...Array(9).fill('SCHEDULED'),
    ]);
  });

  it("refuses the parent's tick on a home session of a cancelled course", async () => {
    const { courseId } = await runningCourse({ location: 'HOME', therapistId: undefined });
    const [first] = await sessionDates(courseId);
    await cancelCourse(clinic.doctor, { courseId, reason: 'Family withdrew.' });
    const tick = {
      sessionId: first!.id,
      outcome: 'DONE' as const,
      wellToday: true as const,
      actualMinutes: null,
      tolerance: 'GOOD' as const,
      notes: '',
    };
    await expect(recordSession(clinic.parent, tick, TEST_TODAY)).rejects.toMatchObject({ code: 'INVALID_STATE' });
    expect((await db.session.findUniqueOrThrow({ where: { id: first!.id } })).status).toBe('SCHEDULED');
  });
});
