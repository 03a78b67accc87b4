import { beforeEach, describe, expect, it } from 'vitest';
import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
import { AppError } from '@/lib/errors';
import { translateAll } from '@/lib/i18n/translate-all';
import { translatorFor } from '@/lib/i18n/translator';
import {
  courseInput,
  createClinic,
  createPatientWithIndication,
  db,
  resetDatabase,
  sessionDates,
  TEST_TODAY,
  type Clinic,
} from '@/test/integration/fixtures';
import { recordIndication } from '@/lib/server/indications/record-indication';
import { getCourse } from './get-course';
import { prescribeCourse } from './prescribe-course';

/** The refusal as an English-speaking doctor reads it: the use case's messages are catalog references. */
function inEnglish<T>(attempt: Promise<T>): Promise<T> {
  const en = translatorFor('en');
  return attempt.catch((error: unknown) => {
    if (!(error instanceof AppError)) throw error;
    throw Object.assign(error, { message: en(error.message), fieldErrors: translateAll(error.fieldErrors, en) });
  });
}

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

describe('prescribeCourse', () => {
  it('writes the course and all its dated sessions', async () => {
    const { patientId, indicationId } = await createPatientWithIndication(clinic);
    const course = await prescribeCourse(
      clinic.doctor,
      courseInput(indicationId, {
        frequency: 'EVERY_OTHER_DAY',
        startDate: iso('2026-11-26'),
        therapistId: clinic.therapist.id,
        restAfterEvery: 5,
        restDays: 2,
      }),
      TEST_TODAY,
    );

    expect(course.patientId).toBe(patientId);
    const stored = await db.course.findUniqueOrThrow({ where: { id: course.id } });
    expect(stored).toMatchObject({
      status: 'ACTIVE',
      sessionCount: 10,
      prescribedById: clinic.doctor.id,
      therapistId: clinic.therapist.id,
    });
    // Every other day across the month end, with a 2-day rest after the fifth session.
    expect((await sessionDates(course.id)).map((session) => session.date)).toEqual([
      '2026-11-26',
      '2026-11-28',
      '2026-11-30',
      '2026-12-02',
      '2026-12-04',
      '2026-12-08',
      '2026-12-10',
      '2026-12-12',
      '2026-12-14',
      '2026-12-16',
    ]);
  });

  it('stores each session’s planned minutes, growing from the 5-minute first session', async () => {
    const { indicationId } = await createPatientWithIndication(clinic);
    const course = await prescribeCourse(
      clinic.doctor,
      courseInput(indicationId, { startDate: iso('2026-11-26') }),
      TEST_TODAY,
    );
    expect((await sessionDates(course.id)).map((session) => session.plannedMinutes)).toEqual([
      5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
    ]);
  });

  it('starts a later course from the sessions the child has already had done, not from 5 minutes', async () => {
    const { patientId, indicationId } = await createPatientWithIndication(clinic);
    const first = await prescribeCourse(clinic.doctor, courseInput(indicationId, { sessionCount: 4 }), TEST_TODAY);
    const [one, two, three] = await sessionDates(first.id);
    // Two done and one missed: only the done ones count as massage had.
    await db.session.updateMany({ where: { id: { in: [one!.id, two!.id] } }, data: { status: 'DONE' } });
    await db.session.update({ where: { id: three!.id }, data: { status: 'MISSED' } });
    const { id: second } = await recordIndication(clinic.doctor, patientId, {
      kind: 'PREVENTIVE',
      diagnosis: 'Healthy infant',
      icd10Code: '',
      diagnosedOn: iso('2026-11-20'),
    });
    const later = await prescribeCourse(
      clinic.doctor,
      courseInput(second, { startDate: iso('2026-12-01'), sessionCount: 3 }),
      TEST_TODAY,
    );
    expect((await sessionDates(later.id)).map((session) => session.plannedMinutes)).toEqual([7, 8, 9]);
  });

  it('writes nothing when one session cannot be stored (one transaction)', async () => {
    const { indicationId } = await createPatientWithIndication(clinic);
    // A trigger that refuses the fifth session of any course simulates a failure half-way.
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION refuse_fifth_session() RETURNS trigger AS $$
      BEGIN
        IF (SELECT count(*) FROM "Session" WHERE "courseId" = NEW."courseId") >= 4 THEN
          RAISE EXCEPTION 'simulated failure on the fifth session';
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      'CREATE TRIGGER refuse_fifth_session BEFORE INSERT ON "Session" FOR EACH ROW EXECUTE FUNCTION refuse_fifth_session()',
    );
    try {
      await expect(
        prescribeCourse(clinic.doctor, courseInput(indicationId, { therapistId: clinic.therapist.id }), TEST_TODAY),
      ).rejects.toThrow();
      expect(await db.course.count()).toBe(0);
      expect(await db.session.count()).toBe(0);
    } finally {
      await db.$executeRawUnsafe('DROP TRIGGER refuse_fifth_session ON "Session"');
      await db.$executeRawUnsafe('DROP FUNCTION refuse_fifth_session()');
    }
  });

  it('refuses a start date before birth, beside the field, and saves nothing', async () => {
    const { indicationId } = await createPatientWithIndication(clinic, { dateOfBirth: iso('2026-10-01') });
    const attempt = prescribeCourse(
      clinic.doctor,
      courseInput(indicationId, { startDate: iso('2026-09-30'), therapistId: clinic.therapist.id }),
      TEST_TODAY,
    );
    await expect(inEnglish(attempt)).rejects.toMatchObject({
      code: 'INVALID_STATE',
      fieldErrors: { startDate: ['The course cannot start before the child was born.'] },
    });
    expect(await db.course.count()).toBe(0);
  });

  it('refuses an assigned "therapist" who is not one', async () => {
    const { indicationId } = await createPatientWithIndication(clinic);
    await expect(
      prescribeCourse(clinic.doctor, courseInput(indicationId, { therapistId: clinic.parent.id }), TEST_TODAY),
    ).rejects.toMatchObject({
      fieldErrors: { therapistId: expect.any(Array) },
    });
  });

  it('refuses a resolved indication', async () => {
    const { indicationId } = await createPatientWithIndication(clinic);
    await db.indication.update({ where: { id: indicationId }, data: { resolvedOn: new Date('2026-11-10') } });
    await expect(
      prescribeCourse(clinic.doctor, courseInput(indicationId, { therapistId: clinic.therapist.id }), TEST_TODAY),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' });
  });

  it('stores the screening answers and a routine the rule book accepts', async () => {
    const { indicationId } = await createPatientWithIndication(clinic);
    const { id } = await prescribeCourse(
      clinic.doctor,
      courseInput(indicationId, { therapistId: clinic.therapist.id, contraindications: ['SKIN_LESION_BACK'] }),
      TEST_TODAY,
    );
    const course = await db.course.findUniqueOrThrow({ where: { id } });
    expect(course.screening).toMatchObject({
      screenedOn: TEST_TODAY,
      screenedById: clinic.doctor.id,
      excludedAreas: ['BACK'],
    });
    expect((course.screening as { answers: Record<string, boolean> }).answers).toMatchObject({
      SKIN_LESION_BACK: true,
      HEART_DISEASE: false,
    });
    const routine = course.routine as { area: string; technique: string }[];
    expect(routine.length).toBeGreaterThan(2);
    expect(routine.some((step) => step.area === 'BACK')).toBe(false);
    expect(routine[0]?.technique).toBe('STROKING');

    // What the course page reads back: the typed routine, who screened, the numbered sessions.
    const detail = await getCourse(clinic.doctor, id);
    expect(detail.routine).toEqual(routine);
    expect(detail.screening).toMatchObject({ screenedByName: 'Dr Test', screenedOn: TEST_TODAY });
    expect(detail.sessions.map((session) => session.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(detail.progress).toMatchObject({ done: 0, total: 10 });
  });

  it('is blocked by an absolute contraindication, and saves nothing', async () => {
    const { indicationId } = await createPatientWithIndication(clinic);
    const attempt = prescribeCourse(
      clinic.doctor,
      courseInput(indicationId, { therapistId: clinic.therapist.id, contraindications: ['HEART_DISEASE'] }),
      TEST_TODAY,
    );
    await expect(attempt).rejects.toMatchObject({
      code: 'INVALID_STATE',
      fieldErrors: { screening: [expect.stringMatching(/heart/i)] },
    });
    expect(await db.course.count()).toBe(0);
  });

  it('with a fever, cannot start today but can start after recovery', async () => {
    const { indicationId } = await createPatientWithIndication(clinic);
    const feverToday = courseInput(indicationId, {
      therapistId: clinic.therapist.id,
      contraindications: ['FEVER'],
      startDate: TEST_TODAY,
    });
    await expect(inEnglish(prescribeCourse(clinic.doctor, feverToday, TEST_TODAY))).rejects.toMatchObject({
      fieldErrors: { startDate: [expect.stringMatching(/after recovery/)] },
    });
    const later = await prescribeCourse(clinic.doctor, { ...feverToday, startDate: iso('2026-11-25') }, TEST_TODAY);
    expect((await sessionDates(later.id))[0]?.date).toBe('2026-11-25');
  });

  it('refuses to send professional work home: rickets found by the screening keeps the course at the clinic', async () => {
    const { indicationId } = await createPatientWithIndication(clinic);
    const atHome = courseInput(indicationId, { location: 'HOME', contraindications: ['RICKETS'] });
    await expect(inEnglish(prescribeCourse(clinic.doctor, atHome, TEST_TODAY))).rejects.toMatchObject({
      code: 'INVALID_STATE',
      fieldErrors: { location: [expect.stringMatching(/^Rickets: clinic sessions only, not at home/)] },
    });
    expect(await db.course.count()).toBe(0);

    const atClinic = await prescribeCourse(
      clinic.doctor,
      { ...atHome, location: 'CLINIC', therapistId: clinic.therapist.id },
      TEST_TODAY,
    );
    const { routine } = await getCourse(clinic.doctor, atClinic.id);
    expect(new Set(routine?.map((step) => step.technique))).toEqual(new Set(['STROKING', 'RUBBING']));
  });

  it('refuses a baby under the minimum age, using corrected age for a premature one', async () => {
    // Born 2026-10-01 at 34 weeks: 51 days old on 21 Nov, but 9 days corrected.
    const { indicationId } = await createPatientWithIndication(clinic, {
      dateOfBirth: iso('2026-10-01'),
      gestationalAgeDays: 34 * 7,
      umbilicalWoundHealedOn: iso('2026-10-15'),
    });
    const attempt = prescribeCourse(
      clinic.doctor,
      courseInput(indicationId, { therapistId: clinic.therapist.id, startDate: TEST_TODAY, minutesPerSession: 5 }),
      TEST_TODAY,
    );
    await expect(inEnglish(attempt)).rejects.toMatchObject({
      fieldErrors: { startDate: [expect.stringMatching(/^Too young/)] },
    });
  });

  it.each(['THERAPIST', 'PARENT', 'ADMIN'] as const)(
    'refuses a therapeutic course to a %s (only a paediatrician prescribes)',
    async (role) => {
      const { indicationId } = await createPatientWithIndication(clinic);
      const actor = { THERAPIST: clinic.therapist, PARENT: clinic.parent, ADMIN: clinic.admin }[role];
      const attempt = prescribeCourse(
        actor,
        courseInput(indicationId, { therapistId: clinic.therapist.id }),
        TEST_TODAY,
      );
      await expect(attempt).rejects.toBeInstanceOf(AppError);
      await expect(attempt).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(await db.course.count()).toBe(0);
    },
  );
});

describe('prescribeCourse, submitted twice (issue 8)', () => {
  it('makes one course from two concurrent submits of the same form, and a retry returns it', async () => {
    const { indicationId } = await createPatientWithIndication(clinic);
    const input = {
      ...courseInput(indicationId, { therapistId: clinic.therapist.id }),
      idempotencyKey: crypto.randomUUID(),
    };

    const [first, second] = await Promise.all([
      prescribeCourse(clinic.doctor, input, TEST_TODAY),
      prescribeCourse(clinic.doctor, input, TEST_TODAY),
    ]);
    expect(second.id).toBe(first.id);
    expect((await prescribeCourse(clinic.doctor, input, TEST_TODAY)).id).toBe(first.id);
    expect(await db.course.count({ where: { indicationId } })).toBe(1);
  });

  it('refuses a second running course for one indication from another form', async () => {
    const { indicationId } = await createPatientWithIndication(clinic);
    const input = courseInput(indicationId, { therapistId: clinic.therapist.id });
    await prescribeCourse(clinic.doctor, { ...input, idempotencyKey: crypto.randomUUID() }, TEST_TODAY);

    await expect(
      inEnglish(prescribeCourse(clinic.doctor, { ...input, idempotencyKey: crypto.randomUUID() }, TEST_TODAY)),
    ).rejects.toMatchObject({
      message: 'This indication already has a running course.',
      fieldErrors: { indicationId: ['This indication already has a running course.'] },
    });
    expect(await db.course.count({ where: { indicationId } })).toBe(1);
  });
});
