import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
import { listTherapistSessions } from '@/lib/server/sessions/list-therapist-sessions';
import { getSessionForRecording } from '@/lib/server/sessions/get-session-for-recording';
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
import { listTherapistChanges } from './list-therapist-changes';
import { reassignTherapist } from './reassign-therapist';
import { translatable } from '@/lib/i18n/translatable';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

/** A clinic course of ten daily sessions from 10 Nov (so 10–19 Nov), for the parent's child, with the first therapist. */
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

async function agendaCourseIds(therapist: Actor): Promise<string[]> {
  const agenda = await listTherapistSessions(therapist, TEST_TODAY, { from: TEST_TODAY, days: 15 });
  return [
    ...new Set([...agenda.overdue, ...agenda.days.flatMap((day) => day.sessions)].map((session) => session.courseId)),
  ];
}

const storedTherapistId = async (courseId: string) =>
  (await db.course.findUniqueOrThrow({ where: { id: courseId } })).therapistId;

/** The history rows as stored, oldest first. */
const storedChanges = (courseId: string) =>
  db.therapistChange.findMany({
    where: { courseId },
    orderBy: [{ changedAt: 'asc' }, { id: 'asc' }],
    select: { fromTherapistId: true, toTherapistId: true, changedById: true },
  });

describe('reassignTherapist', () => {
  it('hands the sessions still to come to the new therapist; the ones done keep who recorded them', async () => {
    const { patientId, courseId } = await runningCourse();
    const [first, second, third] = await sessionDates(courseId);
    await recordSession(clinic.therapist, done(first!.id), TEST_TODAY);
    // Positive control: before the change the course is on the first therapist's agenda, not the second's.
    expect(await agendaCourseIds(clinic.therapist)).toEqual([courseId]);
    expect(await agendaCourseIds(clinic.otherTherapist)).toEqual([]);

    expect(await reassignTherapist(clinic.doctor, { courseId, therapistId: clinic.otherTherapist.id })).toEqual({
      id: courseId,
      patientId,
      therapistName: 'Therapist Two',
    });

    expect(await storedTherapistId(courseId)).toBe(clinic.otherTherapist.id);
    expect(await agendaCourseIds(clinic.therapist)).toEqual([]);
    expect(await agendaCourseIds(clinic.otherTherapist)).toEqual([courseId]);

    // The old therapist can neither open nor record what is no longer theirs; the new one can.
    await expect(getCourse(clinic.therapist, courseId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getSessionForRecording(clinic.therapist, second!.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(recordSession(clinic.therapist, done(second!.id), TEST_TODAY)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await recordSession(clinic.otherTherapist, done(third!.id), TEST_TODAY);

    const sessions = await db.session.findMany({
      where: { courseId },
      orderBy: { scheduledOn: 'asc' },
      select: { status: true, recordedById: true },
    });
    expect(sessions.slice(0, 3)).toEqual([
      { status: 'DONE', recordedById: clinic.therapist.id },
      { status: 'SCHEDULED', recordedById: null },
      { status: 'DONE', recordedById: clinic.otherTherapist.id },
    ]);
    const course = await getCourse(clinic.doctor, courseId);
    expect(course).toMatchObject({
      therapistName: 'Therapist Two',
      therapist: { id: clinic.otherTherapist.id, name: 'Therapist Two', isDeactivated: false },
    });
    expect(course.sessions.slice(0, 3).map((session) => session.recordedByName)).toEqual([
      'Therapist One',
      null,
      'Therapist Two',
    ]);
  });

  it('lets the clinic admin reassign too, and any paediatrician, not only the prescriber', async () => {
    const { courseId } = await runningCourse();
    await reassignTherapist(clinic.admin, { courseId, therapistId: clinic.otherTherapist.id });
    expect(await storedTherapistId(courseId)).toBe(clinic.otherTherapist.id);

    const colleague = await createActor('PAEDIATRICIAN', 'Dr Colleague');
    await reassignTherapist(colleague, { courseId, therapistId: clinic.therapist.id });
    expect(await storedTherapistId(courseId)).toBe(clinic.therapist.id);
  });

  it('records each hand-over: from whom, to whom and by whom', async () => {
    const { courseId } = await runningCourse();
    await reassignTherapist(clinic.doctor, { courseId, therapistId: clinic.otherTherapist.id });
    await reassignTherapist(clinic.admin, { courseId, therapistId: clinic.therapist.id });

    expect(await storedChanges(courseId)).toEqual([
      { fromTherapistId: clinic.therapist.id, toTherapistId: clinic.otherTherapist.id, changedById: clinic.doctor.id },
      { fromTherapistId: clinic.otherTherapist.id, toTherapistId: clinic.therapist.id, changedById: clinic.admin.id },
    ]);
    const changes = await listTherapistChanges(clinic.doctor, courseId);
    // Newest first, with names for the course page.
    expect(
      changes.map(({ fromTherapistName, toTherapistName, changedByName }) => ({
        fromTherapistName,
        toTherapistName,
        changedByName,
      })),
    ).toEqual([
      { fromTherapistName: 'Therapist Two', toTherapistName: 'Therapist One', changedByName: 'Admin' },
      { fromTherapistName: 'Therapist One', toTherapistName: 'Therapist Two', changedByName: 'Dr Test' },
    ]);
  });

  it('keeps the history of one course to that course', async () => {
    const { courseId } = await runningCourse();
    const other = await runningCourse();
    await reassignTherapist(clinic.doctor, { courseId, therapistId: clinic.otherTherapist.id });
    expect(await listTherapistChanges(clinic.doctor, other.courseId)).toEqual([]);
    expect(await listTherapistChanges(clinic.doctor, courseId)).toHaveLength(1);
  });

  it('shows the history to the staff who reach the course, not to a therapist who handed it on, nor to parents', async () => {
    const { courseId } = await runningCourse();
    await reassignTherapist(clinic.doctor, { courseId, therapistId: clinic.otherTherapist.id });
    const colleague = await createActor('PAEDIATRICIAN', 'Dr Colleague');
    // Positive control: every staff member who can open the course reads the same history.
    for (const staff of [clinic.doctor, colleague, clinic.admin, clinic.otherTherapist]) {
      expect((await listTherapistChanges(staff, courseId)).map((change) => change.toTherapistName)).toEqual([
        'Therapist Two',
      ]);
    }
    // The course is out of the former therapist's reach now, and so is its history.
    await expect(listTherapistChanges(clinic.therapist, courseId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // A parent is refused whether or not the child is theirs, so the answer says nothing about the course.
    for (const parent of [clinic.parent, clinic.otherParent])
      await expect(listTherapistChanges(parent, courseId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listTherapistChanges(clinic.doctor, 'no-such-course')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps one chain of hand-overs when two are made at the same moment: the history never forks', async () => {
    const { courseId } = await runningCourse();
    const thirdTherapist = await createActor('THERAPIST', 'Therapist Three');
    // Hold the course, as a session being recorded does, while both hand-overs read who has it.
    const results = await raceBehindLock(
      courseLock(courseId),
      [clinic.otherTherapist, thirdTherapist].map(
        (successor) => () => reassignTherapist(clinic.doctor, { courseId, therapistId: successor.id }),
      ),
    );

    // On PostgreSQL both read the same therapist and the second is refused; the embedded PGlite
    // runs one transaction at a time, so there the second reads the first's result and follows it.
    // Either way the history is one chain from the first therapist to the one stored.
    for (const result of results)
      if (result.status === 'rejected') expect(result.reason).toMatchObject({ code: 'CONFLICT' });
    const changes = await storedChanges(courseId);
    expect(changes).toHaveLength(results.filter((result) => result.status === 'fulfilled').length);
    expect(changes.map((change) => change.fromTherapistId)).toEqual([
      clinic.therapist.id,
      ...changes.slice(0, -1).map((change) => change.toTherapistId),
    ]);
    expect(changes.at(-1)?.toTherapistId).toBe(await storedTherapistId(courseId));
  });

  it('moves a course away from a deactivated therapist, the case it exists for', async () => {
    const { courseId } = await runningCourse();
    await db.user.update({ where: { id: clinic.therapist.id }, data: { deactivatedAt: new Date() } });
    expect((await getCourse(clinic.doctor, courseId)).therapist).toEqual({
      id: clinic.therapist.id,
      name: 'Therapist One',
      isDeactivated: true,
    });

    await reassignTherapist(clinic.doctor, { courseId, therapistId: clinic.otherTherapist.id });
    expect((await getCourse(clinic.doctor, courseId)).therapist).toEqual({
      id: clinic.otherTherapist.id,
      name: 'Therapist Two',
      isDeactivated: false,
    });
  });

  it('refuses the therapist who already has the course, beside the field', async () => {
    const { courseId } = await runningCourse();
    await expect(
      reassignTherapist(clinic.doctor, { courseId, therapistId: clinic.therapist.id }),
    ).rejects.toMatchObject({
      code: 'INVALID_STATE',
      fieldErrors: { therapistId: [translatable('errors.refusal.course.sameTherapist')] },
    });
    expect(await storedChanges(courseId)).toEqual([]);
  });

  it('refuses a deactivated therapist, another role or an unknown account, beside the field, and changes nothing', async () => {
    const { courseId } = await runningCourse();
    const onLeave = await createActor('THERAPIST', 'Therapist Gone');
    await db.user.update({ where: { id: onLeave.id }, data: { deactivatedAt: new Date() } });
    const refusal = {
      code: 'INVALID_STATE',
      fieldErrors: { therapistId: [translatable('errors.refusal.course.chooseActiveTherapist')] },
    };
    for (const therapistId of [onLeave.id, clinic.doctor.id, clinic.parent.id, clinic.admin.id, 'no-such-user']) {
      await expect(reassignTherapist(clinic.doctor, { courseId, therapistId })).rejects.toMatchObject(refusal);
    }
    expect(await storedTherapistId(courseId)).toBe(clinic.therapist.id);
    expect(await storedChanges(courseId)).toEqual([]);
  });

  it('refuses a home course: it has no therapist', async () => {
    const { courseId } = await runningCourse({ location: 'HOME', therapistId: undefined });
    await expect(
      reassignTherapist(clinic.doctor, { courseId, therapistId: clinic.otherTherapist.id }),
    ).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: translatable('errors.refusal.course.homeCourse'),
    });
    expect(await storedTherapistId(courseId)).toBeNull();
    expect(await storedChanges(courseId)).toEqual([]);
  });

  it('refuses a completed or a cancelled course, with a message that says which', async () => {
    const completed = await runningCourse({ sessionCount: 2 });
    for (const session of await sessionDates(completed.courseId))
      await recordSession(clinic.therapist, done(session.id), TEST_TODAY);
    const cancelled = await runningCourse();
    await cancelCourse(clinic.doctor, { courseId: cancelled.courseId, reason: 'Family withdrew.' });

    await expect(
      reassignTherapist(clinic.doctor, { courseId: completed.courseId, therapistId: clinic.otherTherapist.id }),
    ).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: translatable('errors.refusal.course.completedNothingToHandOver'),
    });
    await expect(
      reassignTherapist(clinic.admin, { courseId: cancelled.courseId, therapistId: clinic.otherTherapist.id }),
    ).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: translatable('errors.refusal.course.cancelledNothingToHandOver'),
    });
    expect(await storedTherapistId(completed.courseId)).toBe(clinic.therapist.id);
    expect(await storedTherapistId(cancelled.courseId)).toBe(clinic.therapist.id);
    expect(await db.therapistChange.count()).toBe(0);
  });

  it('refuses every role that may not staff a course, whether or not they see it, and answers not-found for an unknown course', async () => {
    const { courseId } = await runningCourse();
    const attempt = (actor: Actor) => reassignTherapist(actor, { courseId, therapistId: clinic.otherTherapist.id });
    // The assigned therapist and the child's parent can open the course, but cannot hand it on.
    for (const seesIt of [clinic.therapist, clinic.parent])
      await expect(attempt(seesIt)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The would-be successor cannot take the course for themselves either; the refusal comes before the course is read.
    for (const outsider of [clinic.otherTherapist, clinic.otherParent])
      await expect(attempt(outsider)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      reassignTherapist(clinic.doctor, { courseId: 'no-such-course', therapistId: clinic.otherTherapist.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await storedTherapistId(courseId)).toBe(clinic.therapist.id);
    expect(await db.therapistChange.count()).toBe(0);
  });
});
