import { beforeEach, describe, expect, it } from 'vitest';
import type { IsoDate } from '@/lib/domain/calendar-date';
import type { SessionOutcome } from '@/lib/domain/session-outcomes';
import { recordSession } from '@/lib/server/sessions/record-session';
import {
  createActor,
  createClinic,
  createPatientWithIndication,
  db,
  prescribeClinicCourse,
  resetDatabase,
  sessionDates,
  type Clinic,
} from '@/test/integration/fixtures';
import type { Actor } from '@/lib/auth/actor';
import { renderCourseReportPdf } from '@/components/reports/course-report-pdf';
import { exportCourseReport } from './export-course-report';
import { getCourseReport } from './get-course-report';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

type Step =
  | { outcome: 'DONE'; minutes: number; tolerance: 'GOOD' | 'FUSSY' | 'STOPPED_EARLY'; notes?: string }
  | { outcome: 'MISSED'; notes: string }
  | { outcome: 'UNWELL' };

/** Records the course's next open session on its own day, as the recorder would have that day. */
async function recordNext(recorder: Actor, courseId: string, step: Step): Promise<IsoDate> {
  const next = (await sessionDates(courseId)).find((session) => session.status === 'SCHEDULED');
  if (!next) throw new Error('No session left to record.');
  const outcome: SessionOutcome =
    step.outcome === 'DONE'
      ? {
          outcome: 'DONE',
          wellToday: true,
          actualMinutes: step.minutes,
          tolerance: step.tolerance,
          notes: step.notes ?? '',
        }
      : step.outcome === 'MISSED'
        ? { outcome: 'MISSED', notes: step.notes }
        : { outcome: 'UNWELL', conditions: ['FEVER'] };
  await recordSession(
    recorder,
    { sessionId: next.id, ...outcome } as SessionOutcome & { sessionId: string },
    next.date,
  );
  return next.date;
}

/**
 * A known home course of 4 daily sessions from 2 Nov 2026: held (10 min, good), not well (fever),
 * missed, held (12 min, fussy), held, held (stopped early). Four held, so it completes.
 */
async function knownHomeCourse() {
  const { patientId, indicationId } = await createPatientWithIndication(clinic, {
    firstName: 'Mila',
    guardianIds: [clinic.parent.id],
  });
  const courseId = await prescribeClinicCourse(clinic, indicationId, {
    location: 'HOME',
    therapistId: undefined,
    sessionCount: 4,
    minutesPerSession: 15,
    breakAfterDays: 60,
  });
  const days = [];
  days.push(
    await recordNext(clinic.parent, courseId, { outcome: 'DONE', minutes: 10, tolerance: 'GOOD', notes: 'Calm' }),
  );
  days.push(await recordNext(clinic.parent, courseId, { outcome: 'UNWELL' }));
  days.push(await recordNext(clinic.parent, courseId, { outcome: 'MISSED', notes: 'Travelling' }));
  days.push(await recordNext(clinic.parent, courseId, { outcome: 'DONE', minutes: 12, tolerance: 'FUSSY' }));
  days.push(await recordNext(clinic.parent, courseId, { outcome: 'DONE', minutes: 14, tolerance: 'GOOD' }));
  days.push(await recordNext(clinic.parent, courseId, { outcome: 'DONE', minutes: 9, tolerance: 'STOPPED_EARLY' }));
  return { patientId, courseId, days };
}

describe('the course report', () => {
  it('gives the figures of a known course: held, missed, made up, adherence, chart and next course', async () => {
    const { patientId, courseId, days } = await knownHomeCourse();
    const lastDay = days.at(-1)!;
    const report = await getCourseReport(clinic.doctor, courseId, lastDay);

    expect(report.course.status).toBe('COMPLETED');
    expect(report.course.patient.firstName).toBe('Mila');
    expect(report.indication).toMatchObject({ kind: 'THERAPEUTIC', diagnosis: 'Colic' });
    expect(report.figures.home).toEqual({ done: 4, missed: 1, postponed: 1, toCome: 0, unrecorded: 0 });
    expect(report.figures.clinic).toEqual({ done: 0, missed: 0, postponed: 0, toCome: 0, unrecorded: 0 });
    // 4 held of the 5 due (the postponement is not held against the family).
    expect(report.figures.homeAdherencePercent).toBe(80);
    expect(report.figures.missedOrPostponed).toBe(2);
    expect(report.figures.minutesHeld).toBe(10 + 12 + 14 + 9);
    expect(report.figures.toleranceCounts).toEqual({ GOOD: 2, FUSSY: 1, STOPPED_EARLY: 1 });
    expect(report.figures.chart.map((point) => [point.scheduledOn, point.minutes, point.tolerance])).toEqual([
      [days[0], 10, 'GOOD'],
      [days[3], 12, 'FUSSY'],
      [days[4], 14, 'GOOD'],
      [days[5], 9, 'STOPPED_EARLY'],
    ]);
    expect(report.contraindicationsFound).toEqual([
      { scheduledOn: days[1], location: 'HOME', reason: expect.stringContaining('Not well today') },
    ]);
    // The next course: the stored date on the child, which the report shows.
    const stored = await db.patient.findUniqueOrThrow({ where: { id: patientId }, select: { nextCourseDueOn: true } });
    // The last session held, 7 Nov, plus the 60-day break.
    expect(report.nextCourse).toEqual({ dueOn: '2027-01-06', isPlanned: false });
    expect(stored.nextCourseDueOn?.toISOString().slice(0, 10)).toBe(report.nextCourse?.dueOn);
    expect(report.sessions.filter((session) => session.status === 'DONE')).toHaveLength(4);
  });

  it('counts the make-ups the schedule added for the sessions not held', async () => {
    const { courseId, days } = await knownHomeCourse();
    const report = await getCourseReport(clinic.doctor, courseId, days.at(-1)!);
    // The postponement and the miss each added a make-up at the end (6 and 7 Nov), both held.
    expect(report.sessions.map((session) => [session.scheduledOn, session.status, session.isMakeUp])).toEqual([
      ['2026-11-02', 'DONE', false],
      ['2026-11-03', 'POSTPONED', false],
      ['2026-11-04', 'MISSED', false],
      ['2026-11-05', 'DONE', false],
      ['2026-11-06', 'DONE', true],
      ['2026-11-07', 'DONE', true],
    ]);
    expect(report.figures.madeUp).toBe(2);
    expect(report.figures.makeUpsToCome).toBe(0);
  });

  it('shows who recorded each session to the staff, and to the family what their page shows', async () => {
    const { courseId, days } = await knownHomeCourse();
    const staff = await getCourseReport(clinic.doctor, courseId, days.at(-1)!);
    const family = await getCourseReport(clinic.parent, courseId, days.at(-1)!);
    expect(staff.audience).toBe('STAFF');
    expect(family.audience).toBe('FAMILY');
    expect(staff.sessions[0]).toMatchObject({ recordedByName: 'Parent One', notes: 'Calm' });
    expect(family.sessions[0]).toMatchObject({ recordedByName: null, notes: 'Calm' });
    expect(family.figures).toEqual(staff.figures);
  });

  it('is available while the course runs, with the next course as planned', async () => {
    const { indicationId } = await createPatientWithIndication(clinic, { guardianIds: [clinic.parent.id] });
    const courseId = await prescribeClinicCourse(clinic, indicationId, { sessionCount: 5, breakAfterDays: 30 });
    const report = await getCourseReport(clinic.therapist, courseId, '2026-11-02' as IsoDate);
    expect(report.course.status).toBe('ACTIVE');
    expect(report.figures.clinic).toMatchObject({ done: 0, toCome: 5 });
    // Last planned session 6 Nov, then the 30-day break.
    expect(report.nextCourse).toEqual({ dueOn: '2026-12-06', isPlanned: true });
  });

  it('is not found for another family, a therapist not on the course, or an unknown course', async () => {
    const { courseId } = await knownHomeCourse();
    const today = '2026-11-21' as IsoDate;
    await expect(getCourseReport(clinic.otherParent, courseId, today)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getCourseReport(clinic.otherTherapist, courseId, today)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getCourseReport(clinic.doctor, 'no-such-course', today)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const stranger = { ...(await createActor('PARENT')), role: 'SURGEON' } as unknown as Actor;
    await expect(getCourseReport(stranger, courseId, today)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The admin may read every child's record, so every report.
    await expect(getCourseReport(clinic.admin, courseId, today)).resolves.toMatchObject({ audience: 'STAFF' });
  });
});

describe('the PDF export', () => {
  it('is audited as an export of the course, for the child', async () => {
    const { patientId, courseId } = await knownHomeCourse();
    await exportCourseReport(clinic.parent, courseId, '2026-11-21' as IsoDate);
    const exports = await db.auditEvent.findMany({ where: { action: 'EXPORT' } });
    expect(exports).toEqual([
      expect.objectContaining({ actorId: clinic.parent.id, entityType: 'COURSE', entityId: courseId, patientId }),
    ]);
    await expect(exportCourseReport(clinic.otherParent, courseId, '2026-11-21' as IsoDate)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('the PDF', () => {
  it('is an A4 PDF titled with the child, Cyrillic notes and all', async () => {
    const { courseId, days } = await knownHomeCourse();
    await db.session.updateMany({ where: { courseId, notes: 'Calm' }, data: { notes: 'Спокойна, улыбалась' } });
    const report = await getCourseReport(clinic.doctor, courseId, days.at(-1)!);
    const pdf = await renderCourseReportPdf(report, 'en-GB');
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).toContain('/MediaBox [0 0 595.28 841.89]');
    // Both of Noto Sans's script files are embedded: the Cyrillic notes were drawn with their own.
    expect(text.match(/\/FontFile2/g)?.length).toBeGreaterThanOrEqual(3);
  });
});
