import pg from 'pg';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseIsoDate as iso, type IsoDate } from '@/lib/domain/calendar-date';
import type { CourseStatus } from '@/lib/generated/prisma/client';
import {
  createClinic,
  createPatientWithIndication,
  db,
  prescribeClinicCourse,
  resetDatabase,
  type Clinic,
} from '@/test/integration/fixtures';
import type { Actor } from '@/lib/auth/actor';
import type { DueListView } from '@/lib/validation/due-list-params';
import { cancelCourse } from './cancel-course';
import { DUE_PER_PAGE, listPatientsDueForCourse } from './list-due-courses';
import { refreshNextCourseDue } from './next-course-due';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

/**
 * Arranges a finished course: every session done (recording them is record-session's test, which
 * also checks that recording the last one stores the date), then the child's date, as
 * recordSession does.
 */
async function finish(courseId: string, status: CourseStatus = 'COMPLETED'): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.session.updateMany({ where: { courseId }, data: { status: 'DONE' } });
    const course = await tx.course.update({ where: { id: courseId }, data: { status, completedAt: new Date() } });
    await refreshNextCourseDue(tx, course.patientId);
  });
}

/** The first page of one view of the list on `today`. */
async function listAll(actor: Actor, today: IsoDate, view: DueListView = 'due') {
  return (await listPatientsDueForCourse(actor, today, { view, page: 1 })).items;
}

/** Due now, then coming up: the whole list in date order. */
async function listBoth(today: IsoDate) {
  return [...(await listAll(clinic.doctor, today, 'due')), ...(await listAll(clinic.doctor, today, 'upcoming'))];
}

/** A patient whose daily course of ten ran from `startDate`, with `breakAfterDays` before the next. */
async function patientWithFinishedCourse(name: string, startDate: string, breakAfterDays = 60) {
  // Born in May, so every start date here is past the age gates and 15-minute sessions are allowed.
  const { patientId, indicationId } = await createPatientWithIndication(clinic, {
    firstName: name,
    dateOfBirth: iso('2026-05-01'),
    umbilicalWoundHealedOn: iso('2026-05-20'),
  });
  // At home: one therapist could not hold the 51 same-day sessions of the paging test at the clinic.
  const courseId = await prescribeClinicCourse(clinic, indicationId, {
    startDate: iso(startDate),
    breakAfterDays,
    location: 'HOME',
  });
  await finish(courseId);
  return { patientId, indicationId, courseId };
}

describe('listPatientsDueForCourse', () => {
  it('lists a completed course with the exact next-course date: the last session done plus its break', async () => {
    // Daily from Mon 2 Nov: the tenth session is Wed 11 Nov; 60 days later is Sun 10 Jan.
    const { patientId, courseId } = await patientWithFinishedCourse('Eva', '2026-11-02');

    const upcoming = await listPatientsDueForCourse(clinic.doctor, iso('2026-12-01'), { view: 'upcoming', page: 1 });
    expect(upcoming).toMatchObject({ dueCount: 0, upcomingCount: 1, page: 1, pageCount: 1, firstPosition: 1 });
    expect(upcoming.items).toEqual([
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
    expect(await listAll(clinic.doctor, iso('2027-01-09'), 'upcoming')).toEqual([
      expect.objectContaining({ isDue: false }),
    ]);
    expect(await listAll(clinic.doctor, iso('2027-01-09'), 'due')).toEqual([]);
    expect(await listAll(clinic.doctor, iso('2027-01-10'), 'due')).toEqual([expect.objectContaining({ isDue: true })]);
    expect(await listAll(clinic.doctor, iso('2027-01-10'), 'upcoming')).toEqual([]);
  });

  it('counts from the last session done, not the last one scheduled', async () => {
    const { patientId, courseId } = await patientWithFinishedCourse('Eva', '2026-11-02', 30);
    // The tenth session (11 Nov) was missed; the ninth (10 Nov) is the last one done.
    await db.session.updateMany({
      where: { courseId, scheduledOn: new Date('2026-11-11T00:00:00Z') },
      data: { status: 'MISSED' },
    });
    await db.$transaction((tx) => refreshNextCourseDue(tx, patientId));
    const [item] = await listBoth(iso('2026-12-01'));
    expect(item?.nextCourseDueOn).toBe('2026-12-10');
  });

  it('sorts by the next-course date, soonest first', async () => {
    await patientWithFinishedCourse('Later', '2026-10-01', 90);
    await patientWithFinishedCourse('Sooner', '2026-11-02', 14);
    await patientWithFinishedCourse('Middle', '2026-09-01', 60);

    const items = await listBoth(iso('2026-11-20'));
    expect(items.map((item) => [item.firstName, item.nextCourseDueOn, item.isDue])).toEqual([
      ['Middle', '2026-11-09', true],
      ['Sooner', '2026-11-25', false],
      ['Later', '2027-01-08', false],
    ]);
  });

  it('leaves out a patient with an active course, even after a completed one', async () => {
    const { indicationId } = await patientWithFinishedCourse('Busy', '2026-09-01');
    await prescribeClinicCourse(clinic, indicationId, { startDate: iso('2026-11-16') });

    expect(await listBoth(iso('2026-11-20'))).toEqual([]);
  });

  it('leaves out a patient whose latest course was cancelled, and one who never had a course', async () => {
    // Without the cancellation, the September course's break would make her due from 9 Nov.
    const { indicationId } = await patientWithFinishedCourse('Stopped', '2026-09-01');
    const cancelled = await prescribeClinicCourse(clinic, indicationId, { startDate: iso('2026-11-16') });
    await cancelCourse(clinic.doctor, { courseId: cancelled, reason: 'Family withdrew.' });
    await createPatientWithIndication(clinic, { firstName: 'New' });

    expect(await listBoth(iso('2026-11-20'))).toEqual([]);
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

    expect(await listBoth(iso('2026-11-20'))).toEqual([
      expect.objectContaining({
        firstName: 'Back',
        lastCourseId: restarted,
        nextCourseDueOn: '2026-12-11',
        isDue: false,
      }),
    ]);
  });

  it('in the first year, dates the next course 3 months after the previous one started (002), later by the break', async () => {
    // breakAfterDays left to the rule: born 1 May, started Mon 2 Nov at 6 months, so the next is
    // due 2 Feb, 3 months from the start, whatever the length of the course.
    const infant = await createPatientWithIndication(clinic, {
      firstName: 'Infant',
      dateOfBirth: iso('2026-05-01'),
      umbilicalWoundHealedOn: iso('2026-05-20'),
    });
    await finish(
      await prescribeClinicCourse(clinic, infant.indicationId, {
        startDate: iso('2026-11-02'),
        breakAfterDays: undefined,
      }),
    );
    // Born in September 2025: 14 months at the start, so the clinic's 60-day break after 11 Nov.
    const toddler = await createPatientWithIndication(clinic, {
      firstName: 'Toddler',
      dateOfBirth: iso('2025-09-01'),
      umbilicalWoundHealedOn: iso('2025-09-20'),
    });
    await finish(
      await prescribeClinicCourse(clinic, toddler.indicationId, {
        startDate: iso('2026-11-02'),
        breakAfterDays: undefined,
      }),
    );

    expect((await listBoth(iso('2026-11-20'))).map((item) => [item.firstName, item.nextCourseDueOn])).toEqual([
      ['Toddler', '2027-01-10'],
      ['Infant', '2027-02-02'],
    ]);
  });

  it('pages each view in date order, and shows the last page for a page past the end', async () => {
    const dueBefore = iso('2027-06-01');
    for (let index = 0; index <= DUE_PER_PAGE; index += 1) {
      // Breaks of 14 to 64 days: every date differs, so the order is the date's.
      await patientWithFinishedCourse(`Child${String(index).padStart(2, '0')}`, '2026-11-02', 14 + index);
    }
    const first = await listPatientsDueForCourse(clinic.doctor, dueBefore, { view: 'due', page: 1 });
    expect(first).toMatchObject({
      dueCount: DUE_PER_PAGE + 1,
      upcomingCount: 0,
      page: 1,
      pageCount: 2,
      firstPosition: 1,
    });
    expect(first.items).toHaveLength(DUE_PER_PAGE);
    expect(first.items[0]).toMatchObject({ firstName: 'Child00', nextCourseDueOn: '2026-11-25' });
    const second = await listPatientsDueForCourse(clinic.doctor, dueBefore, { view: 'due', page: 2 });
    expect(second).toMatchObject({ page: 2, pageCount: 2, firstPosition: DUE_PER_PAGE + 1 });
    expect(second.items.map((item) => item.firstName)).toEqual([`Child${DUE_PER_PAGE}`]);
    expect(await listPatientsDueForCourse(clinic.doctor, dueBefore, { view: 'due', page: 9 })).toMatchObject({
      page: 2,
      items: second.items,
    });
  });

  it('sends the same number of SQL statements for 1 child as for 12 (issue 11: no work per child)', async () => {
    const today = iso('2026-12-01');
    /** The statements one listing sends, counted where every query leaves: a pooled pg client. */
    async function statementsToList(): Promise<number> {
      const query = vi.spyOn(pg.Client.prototype, 'query');
      try {
        await listPatientsDueForCourse(clinic.doctor, today, { view: 'upcoming', page: 1 });
        return query.mock.calls.length;
      } finally {
        query.mockRestore();
      }
    }
    await patientWithFinishedCourse('Only', '2026-11-02');
    const forOne = await statementsToList();
    for (let index = 0; index < 11; index += 1) await patientWithFinishedCourse(`More${index}`, '2026-11-02');
    expect((await listAll(clinic.doctor, today, 'upcoming')).length).toBe(12);

    expect(forOne).toBeGreaterThan(0);
    expect(await statementsToList()).toBe(forOne);
  });

  it.each(['therapist', 'admin', 'parent'] as const)('refuses a %s', async (who) => {
    await patientWithFinishedCourse('Eva', '2026-11-02');
    await expect(listPatientsDueForCourse(clinic[who], iso('2026-12-01'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
