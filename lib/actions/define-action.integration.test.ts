import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
import { revalidatePath } from 'next/cache';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cancelCourseAction } from '@/app/(app)/courses/[courseId]/actions';
import { recordIndicationAction } from '@/app/(app)/patients/[patientId]/indications/new/actions';
import { getCurrentUser } from '@/lib/auth/session';
import { getCourse } from '@/lib/server/courses/get-course';
import {
  createClinic,
  createPatientWithIndication,
  db,
  prescribeClinicCourse,
  resetDatabase,
  type Clinic,
} from '@/test/integration/fixtures';
import { IDLE } from './action-state';

// The session and Next's cache are the framework's; the database is the real one.
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
// The request's language comes from its cookies and headers, which a test has none of: English.
vi.mock('@/lib/i18n/request-translator', async () => {
  const { translatorFor } = await import('@/lib/i18n/translator');
  return {
    getRequestTranslator: async () => translatorFor('en'),
    getVisitorTranslator: async () => translatorFor('en'),
  };
});

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
  vi.mocked(revalidatePath).mockClear();
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describe('a server action from form to database', () => {
  it('cancels a course for the paediatrician and refreshes the pages that showed it', async () => {
    const { patientId, indicationId } = await createPatientWithIndication(clinic);
    const courseId = await prescribeClinicCourse(clinic, indicationId);
    vi.mocked(getCurrentUser).mockResolvedValue(clinic.doctor);

    expect(await cancelCourseAction(IDLE, form({ courseId, reason: 'Family withdrew.' }))).toEqual({
      status: 'success',
      message: 'Course cancelled.',
    });
    expect(await db.course.findUniqueOrThrow({ where: { id: courseId } })).toMatchObject({
      status: 'CANCELLED',
      cancelReason: 'Family withdrew.',
      cancelledById: clinic.doctor.id,
    });
    expect(revalidatePath).toHaveBeenCalledWith(`/courses/${courseId}`);
    expect(revalidatePath).toHaveBeenCalledWith(`/patients/${patientId}`);
  });

  it("answers the therapist's submission with the refusal and changes nothing", async () => {
    const { indicationId } = await createPatientWithIndication(clinic);
    const courseId = await prescribeClinicCourse(clinic, indicationId);
    vi.mocked(getCurrentUser).mockResolvedValue(clinic.therapist);

    expect(await cancelCourseAction(IDLE, form({ courseId, reason: 'Not mine to decide.' }))).toMatchObject({
      status: 'error',
      message: 'You are not allowed to do this. Sign in again with the right account.',
      values: { courseId, reason: 'Not mine to decide.' },
    });
    expect(await db.course.findUniqueOrThrow({ where: { id: courseId } })).toMatchObject({
      status: 'ACTIVE',
      cancelReason: '',
    });
    expect(revalidatePath).not.toHaveBeenCalled();
    // Every refusal an action answers is in the audit log.
    expect(await db.auditEvent.findFirst({ orderBy: { sequence: 'desc' } })).toMatchObject({
      actorId: clinic.therapist.id,
      action: 'ACCESS_REFUSED',
      entityType: 'PERMISSION',
      entityId: 'CANCEL_COURSE',
      outcome: 'FORBIDDEN',
    });
  });

  it("shows the use case's field message for a bound patient, and refuses a tampered binding", async () => {
    const { patientId } = await createPatientWithIndication(clinic, { dateOfBirth: iso('2026-08-01') });
    vi.mocked(getCurrentUser).mockResolvedValue(clinic.doctor);
    const indication = { kind: 'THERAPEUTIC', diagnosis: 'Torticollis', icd10Code: '', diagnosedOn: '2026-07-01' };

    expect(await recordIndicationAction(patientId, IDLE, form(indication))).toMatchObject({
      status: 'error',
      fieldErrors: { diagnosedOn: ['The date cannot be before the child was born.'] },
    });
    expect(await recordIndicationAction('', IDLE, form(indication))).toMatchObject({
      status: 'error',
      message: 'This page is out of date. Reload it and try again.',
    });
    expect(await db.indication.count({ where: { patientId, diagnosis: 'Torticollis' } })).toBe(0);
  });
});

describe('a row lock held elsewhere (issue 8)', () => {
  // The embedded PGlite is one session: a held lock makes every other connection wait its turn
  // (scripts/pglite-server.ts) rather than time out, so this runs on PostgreSQL only.
  it.skipIf(process.env.EMBEDDED_DATABASE)(
    'answers "busy" for the locked course, and serves a different course as usual',
    async () => {
      const locked = await prescribeClinicCourse(clinic, (await createPatientWithIndication(clinic)).indicationId);
      const free = await prescribeClinicCourse(clinic, (await createPatientWithIndication(clinic)).indicationId);
      vi.mocked(getCurrentUser).mockResolvedValue(clinic.doctor);

      // Another request holds the course's row lock (lib/server/locks.ts) until this one is done.
      await db.$transaction(
        async (tx) => {
          await tx.$executeRaw`SELECT 1 FROM "Course" WHERE "id" = ${locked} FOR UPDATE`;
          // A page and an action about another course do not wait for it.
          expect(await getCourse(clinic.doctor, free)).toMatchObject({ id: free });
          expect(await cancelCourseAction(IDLE, form({ courseId: free, reason: 'Family moved away.' }))).toMatchObject({
            status: 'success',
          });
          // The locked one answers once lock_timeout (lib/db.ts) runs out, with the plain message.
          expect(
            await cancelCourseAction(IDLE, form({ courseId: locked, reason: 'Family moved away.' })),
          ).toMatchObject({
            status: 'error',
            message: 'The record is busy; try again.',
          });
        },
        { timeout: 60_000 },
      );
      expect(await db.course.findUniqueOrThrow({ where: { id: locked } })).toMatchObject({ status: 'ACTIVE' });
      expect(await db.course.findUniqueOrThrow({ where: { id: free } })).toMatchObject({ status: 'CANCELLED' });
    },
  );
});
