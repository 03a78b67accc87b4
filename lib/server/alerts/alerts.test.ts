import { beforeEach, describe, expect, it } from 'vitest';
import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
import { correctSession } from '@/lib/server/sessions/correct-session';
import { recordSession } from '@/lib/server/sessions/record-session';
import { setSessionTime } from '@/lib/server/sessions/session-time';
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
import { countAttention, listAttention } from './list-alerts';
import { markAlertDone } from './mark-alert-done';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

/** A course whose first session is today, so "not well today" may be recorded for it. */
async function courseStartingToday(overrides = {}) {
  const { patientId, indicationId } = await createPatientWithIndication(clinic, { guardianIds: [clinic.parent.id] });
  const courseId = await prescribeClinicCourse(clinic, indicationId, { startDate: TODAY, ...overrides });
  const [first] = await sessionDates(courseId);
  return { patientId, courseId, todaysSessionId: first!.id };
}

const homeCourse = { location: 'HOME', therapistId: undefined } as const;

describe('the needs-attention list', () => {
  it("shows a family's fever report to the course's doctor and therapist, not to another therapist", async () => {
    const course = await courseStartingToday({ ...homeCourse, therapistId: clinic.therapist.id });
    await recordSession(
      clinic.parent,
      { sessionId: course.todaysSessionId, outcome: 'UNWELL', conditions: ['FEVER'] },
      TODAY,
    );

    for (const actor of [clinic.doctor, clinic.therapist]) {
      const { alerts } = await listAttention(actor, TODAY);
      expect(alerts).toEqual([
        expect.objectContaining({
          kind: 'UNWELL_REPORTED',
          patientId: course.patientId,
          courseId: course.courseId,
          session: { id: course.todaysSessionId, scheduledOn: TODAY },
        }),
      ]);
      expect(await countAttention(actor, TODAY)).toBe(1);
    }
    expect((await listAttention(clinic.otherTherapist, TODAY)).alerts).toEqual([]);
    expect(await countAttention(clinic.otherTherapist, TODAY)).toBe(0);
  });

  it('raises a contraindication found at a clinic session, and nothing for an ordinary session done', async () => {
    const unwell = await courseStartingToday();
    const well = await courseStartingToday();
    await recordSession(
      clinic.therapist,
      { sessionId: unwell.todaysSessionId, outcome: 'UNWELL', conditions: ['ACUTE_INFECTION'] },
      TODAY,
    );
    await recordSession(
      clinic.therapist,
      {
        sessionId: well.todaysSessionId,
        outcome: 'DONE',
        wellToday: true,
        actualMinutes: 10,
        tolerance: 'GOOD',
        notes: '',
      },
      TODAY,
    );
    const { alerts } = await listAttention(clinic.doctor, TODAY);
    expect(alerts.map((alert) => [alert.kind, alert.courseId])).toEqual([
      ['CONTRAINDICATION_AT_SESSION', unwell.courseId],
    ]);
  });

  it('raises the report of a course whose last session is done', async () => {
    const course = await courseStartingToday({ sessionCount: 1 });
    await recordSession(
      clinic.therapist,
      {
        sessionId: course.todaysSessionId,
        outcome: 'DONE',
        wellToday: true,
        actualMinutes: 10,
        tolerance: 'GOOD',
        notes: '',
      },
      TODAY,
    );
    const { alerts } = await listAttention(clinic.therapist, TODAY);
    expect(alerts).toEqual([
      expect.objectContaining({ kind: 'COURSE_COMPLETED', courseId: course.courseId, session: null }),
    ]);
  });

  it('raises the course’s report when a correction completes the course', async () => {
    const course = await courseStartingToday({ sessionCount: 1 });
    await recordSession(clinic.therapist, { sessionId: course.todaysSessionId, outcome: 'MISSED', notes: '' }, TODAY);
    expect(await countAttention(clinic.therapist, TODAY)).toBe(0);
    await correctSession(
      clinic.therapist,
      {
        sessionId: course.todaysSessionId,
        status: 'DONE',
        wellBefore: true,
        actualMinutes: 10,
        tolerance: 'GOOD',
        notes: '',
        correctionReason: 'It did take place',
      },
      TODAY,
    );
    const { alerts } = await listAttention(clinic.therapist, TODAY);
    expect(alerts).toEqual([expect.objectContaining({ kind: 'COURSE_COMPLETED', courseId: course.courseId })]);
  });

  it('takes an alert marked done off the list and the count, for the whole team', async () => {
    const course = await courseStartingToday({ ...homeCourse, therapistId: clinic.therapist.id });
    await recordSession(
      clinic.parent,
      { sessionId: course.todaysSessionId, outcome: 'UNWELL', conditions: ['FEVER'] },
      TODAY,
    );
    const [alert] = (await listAttention(clinic.therapist, TODAY)).alerts;

    await expect(markAlertDone(clinic.otherTherapist, alert!.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await markAlertDone(clinic.doctor, alert!.id);
    // A second "done" (the therapist acting on the same alert) keeps the first.
    await markAlertDone(clinic.therapist, alert!.id);

    expect(await countAttention(clinic.doctor, TODAY)).toBe(0);
    expect((await listAttention(clinic.therapist, TODAY)).alerts).toEqual([]);
    expect(await db.alert.findUniqueOrThrow({ where: { id: alert!.id } })).toMatchObject({
      doneById: clinic.doctor.id,
    });
  });

  it('lists overdue sessions in scope and, for the doctor, the children due for a course', async () => {
    // Started 2026-11-19, daily: the sessions of the 19th and 20th are past and unrecorded.
    const { indicationId } = await createPatientWithIndication(clinic);
    const overdueCourse = await prescribeClinicCourse(clinic, indicationId, { startDate: iso('2026-11-19') });
    const due = await createPatientWithIndication(clinic, { firstName: 'Due' });
    await db.patient.update({ where: { id: due.patientId }, data: { nextCourseDueOn: new Date('2026-11-20') } });

    const forTherapist = await listAttention(clinic.therapist, TODAY);
    expect(forTherapist.overdue.map((session) => [session.courseId, session.scheduledOn])).toEqual([
      [overdueCourse, '2026-11-19'],
      [overdueCourse, '2026-11-20'],
    ]);
    expect(forTherapist.due).toBeNull();
    expect(await countAttention(clinic.therapist, TODAY)).toBe(2);

    const forDoctor = await listAttention(clinic.doctor, TODAY);
    expect(forDoctor.overdue).toHaveLength(2);
    expect(forDoctor.due).toEqual([
      { patientId: due.patientId, patientName: expect.stringContaining('Due'), nextCourseDueOn: '2026-11-20' },
    ]);
    expect(await countAttention(clinic.doctor, TODAY)).toBe(3);

    expect((await listAttention(clinic.otherTherapist, TODAY)).overdue).toEqual([]);
  });

  it('lists clinic sessions to come that hold no time, in scope, until one is booked', async () => {
    const { indicationId } = await createPatientWithIndication(clinic, { firstName: 'Untimed' });
    const courseId = await prescribeClinicCourse(clinic, indicationId, { startDate: TODAY });
    const [, tomorrow] = await sessionDates(courseId);
    // As a make-up that found no free slot is stored.
    const noTime = { startMinute: null, endMinute: null, therapistId: null };
    await db.session.update({ where: { id: tomorrow!.id }, data: noTime });

    for (const actor of [clinic.doctor, clinic.therapist]) {
      expect((await listAttention(actor, TODAY)).untimed).toEqual([
        { sessionId: tomorrow!.id, scheduledOn: tomorrow!.date, patientName: expect.stringContaining('Untimed') },
      ]);
      expect(await countAttention(actor, TODAY)).toBe(1);
    }
    expect((await listAttention(clinic.otherTherapist, TODAY)).untimed).toEqual([]);

    await setSessionTime(clinic.therapist, { sessionId: tomorrow!.id, start: 18 * 60, room: '' }, TODAY);
    expect((await listAttention(clinic.doctor, TODAY)).untimed).toEqual([]);
  });

  it('is refused to parents and admins', async () => {
    for (const actor of [clinic.parent, clinic.admin]) {
      await expect(listAttention(actor, TODAY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(countAttention(actor, TODAY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
