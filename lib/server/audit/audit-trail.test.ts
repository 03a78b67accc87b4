import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getCurrentUser } from '@/lib/auth/session';
import { orNotFound } from '@/lib/pages/or-not-found';
import { cancelCourse } from '@/lib/server/courses/cancel-course';
import { getCourse } from '@/lib/server/courses/get-course';
import { getPatient } from '@/lib/server/patients/get-patient';
import { createPatient, updatePatient } from '@/lib/server/patients/save-patient';
import { revokeSession } from '@/lib/server/users/auth-sessions';
import { listAccountsPage } from '@/lib/server/users/list-accounts-page';
import { createUser, listUsers } from '@/lib/server/users/manage-users';
import { signIn } from '@/lib/server/users/sign-in';
import { auditRows } from '@/test/integration/audit';
import {
  createClinic,
  createPatientWithIndication,
  db,
  patientCorrection,
  patientInput,
  prescribeClinicCourse,
  resetDatabase,
  type Clinic,
} from '@/test/integration/fixtures';
import { auditRefusal } from './audit-refusal';
import { recordAudit } from './record-audit';

// The session is the framework's (a page reads it per request); the database is the real one.
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: vi.fn() }));

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

/** What a use case threw, for the code that catches refusals. */
async function refusalOf(attempt: Promise<unknown>): Promise<unknown> {
  return attempt.then(
    () => expect.fail('the attempt was not refused'),
    (error: unknown) => error,
  );
}

describe('the audit trail', () => {
  it("records a read of a child's record: who, in which role, what, and the outcome", async () => {
    const { patientId } = await createPatientWithIndication(clinic);
    const before = (await auditRows()).length;

    await getPatient(clinic.doctor, patientId);

    const rows = await auditRows();
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({
      actorId: clinic.doctor.id,
      actorRole: 'PAEDIATRICIAN',
      action: 'READ',
      entityType: 'PATIENT',
      entityId: patientId,
      patientId,
      outcome: 'SUCCESS',
      // Outside a request there is no request id.
      requestId: null,
    });
  });

  it('records a change with the change, and holds no names or clinical text', async () => {
    const { id: patientId } = await createPatient(clinic.doctor, patientInput({ firstName: 'Oksana', notes: 'Colic' }));
    await updatePatient(
      clinic.doctor,
      patientId,
      patientCorrection({ firstName: 'Oksana', notes: 'Reflux, torticollis' }),
    );

    const rows = await auditRows();
    expect(rows.map(({ action, entityType, entityId }) => ({ action, entityType, entityId }))).toEqual([
      { action: 'CREATE', entityType: 'PATIENT', entityId: patientId },
      { action: 'UPDATE', entityType: 'PATIENT', entityId: patientId },
    ]);
    const text = JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value));
    for (const secret of ['Oksana', 'Colic', 'Reflux', clinic.doctor.name, clinic.doctor.email])
      expect(text).not.toContain(secret);
  });

  it('writes nothing when the change fails: the row is in the same transaction', async () => {
    const { indicationId, patientId } = await createPatientWithIndication(clinic);
    const courseId = await prescribeClinicCourse(clinic, indicationId);
    await cancelCourse(clinic.doctor, { courseId, reason: 'Family withdrew.' });
    const before = await auditRows();

    // The second cancellation is refused inside the transaction, after the course lock.
    await expect(cancelCourse(clinic.doctor, { courseId, reason: 'Again.' })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    });
    // A change whose transaction fails after its audit row was written takes the row with it.
    await expect(
      db.$transaction(async (tx) => {
        await tx.patient.update({ where: { id: patientId }, data: { notes: 'Changed' } });
        await recordAudit(tx, clinic.doctor, {
          action: 'UPDATE',
          subject: { type: 'PATIENT', id: patientId },
          patientId,
        });
        throw new Error('The commit fails.');
      }),
    ).rejects.toThrow('The commit fails.');
    expect(await auditRows()).toEqual(before);
    expect((await db.patient.findUniqueOrThrow({ where: { id: patientId } })).notes).toBe('');
    expect(before.at(-1)).toMatchObject({ action: 'UPDATE', entityType: 'COURSE', entityId: courseId, patientId });
  });

  it("records a refused access to a child's record, and a refused permission, outside the failed use case", async () => {
    const { indicationId, patientId } = await createPatientWithIndication(clinic);
    const courseId = await prescribeClinicCourse(clinic, indicationId);
    const before = (await auditRows()).length;

    // Another family's child: "not found" to the parent, a refusal in the log.
    await auditRefusal(clinic.otherParent, await refusalOf(getCourse(clinic.otherParent, courseId)));
    // A therapist may not cancel a course.
    await auditRefusal(clinic.therapist, await refusalOf(cancelCourse(clinic.therapist, { courseId, reason: 'No.' })));
    // An id that names nothing is no access to anything.
    await auditRefusal(clinic.otherParent, await refusalOf(getPatient(clinic.otherParent, 'ckmissing0000')));

    const rows = (await auditRows()).slice(before);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      actorId: clinic.otherParent.id,
      actorRole: 'PARENT',
      action: 'ACCESS_REFUSED',
      entityType: 'COURSE',
      entityId: courseId,
      patientId,
      outcome: 'NOT_FOUND',
    });
    expect(rows[1]).toMatchObject({
      actorId: clinic.therapist.id,
      action: 'ACCESS_REFUSED',
      entityType: 'PERMISSION',
      entityId: 'CANCEL_COURSE',
      patientId: null,
      outcome: 'FORBIDDEN',
    });
  });

  it("records a page's refused look-up where the page turns it into 404", async () => {
    const { indicationId, patientId } = await createPatientWithIndication(clinic);
    const courseId = await prescribeClinicCourse(clinic, indicationId);
    vi.mocked(getCurrentUser).mockResolvedValue(clinic.otherTherapist);

    await expect(orNotFound(getCourse(clinic.otherTherapist, courseId))).rejects.toThrow(
      'NEXT_HTTP_ERROR_FALLBACK;404',
    );

    expect((await auditRows()).at(-1)).toMatchObject({
      actorId: clinic.otherTherapist.id,
      action: 'ACCESS_REFUSED',
      entityType: 'COURSE',
      entityId: courseId,
      patientId,
      outcome: 'NOT_FOUND',
    });
  });

  it("records the admin's reading of the account list, not a form's list of therapists", async () => {
    await listUsers(clinic.doctor, 'therapists');
    expect(await auditRows()).toEqual([]);
    await listAccountsPage(clinic.admin);
    expect(await auditRows()).toMatchObject([
      { actorId: clinic.admin.id, action: 'READ', entityType: 'ACCOUNT', entityId: null },
    ]);
  });

  it('records sign-ins, failed ones without the email, and sign-outs', async () => {
    const email = 'audited.parent@clinic.test';
    const password = 'lavender-cradle-song';
    const { id: userId } = await createUser(clinic.admin, { name: 'Audited Parent', email, role: 'PARENT', password });
    const before = (await auditRows()).length;

    await signIn({ email, password: 'wrong-password-here' }, '203.0.113.7');
    await signIn({ email: 'nobody@clinic.test', password }, '203.0.113.7');
    const signedIn = await signIn({ email, password }, '203.0.113.7');
    if (signedIn.status !== 'SIGNED_IN') expect.fail(signedIn.status);
    await revokeSession(signedIn.sessionId);

    const rows = (await auditRows()).slice(before);
    expect(rows.map(({ actorId, action, entityId, outcome }) => ({ actorId, action, entityId, outcome }))).toEqual([
      { actorId: null, action: 'SIGN_IN_FAILED', entityId: userId, outcome: 'WRONG_CREDENTIALS' },
      { actorId: null, action: 'SIGN_IN_FAILED', entityId: null, outcome: 'WRONG_CREDENTIALS' },
      { actorId: userId, action: 'SIGN_IN', entityId: userId, outcome: 'SUCCESS' },
      { actorId: userId, action: 'SIGN_OUT', entityId: userId, outcome: 'SUCCESS' },
    ]);
    expect(JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'bigint' ? 0 : value))).not.toContain(
      'nobody@clinic.test',
    );
  });

  it('chains every row to the one before, with chain ids one after another', async () => {
    await createPatientWithIndication(clinic);
    const rows = await auditRows();
    expect(rows.length).toBeGreaterThan(1);
    for (const [index, row] of rows.entries()) {
      expect(row.chainId).toBe(BigInt(index + 1));
      if (index > 0) expect(row.prevHash).toBe(rows[index - 1]!.hash);
    }
  });
});
