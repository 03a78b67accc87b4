import { beforeEach, describe, expect, it } from 'vitest';
import { getCourse } from '@/lib/server/courses/get-course';
import { prescribeCourse } from '@/lib/server/courses/prescribe-course';
import { getPatient } from '@/lib/server/patients/get-patient';
import { createPatient, updatePatient } from '@/lib/server/patients/save-patient';
import {
  courseInput,
  createActor,
  createClinic,
  createPatientWithIndication,
  db,
  patientCorrection,
  patientInput,
  prescribeClinicCourse,
  resetDatabase,
  TEST_TODAY,
  type Clinic,
} from '@/test/integration/fixtures';
import { raceBehindLock } from '@/test/integration/races';
import { checkSession } from './auth-sessions';
import { createUser, deactivateUser, listUsers, reactivateUser, resetPassword } from './manage-users';
import { verifyCredentials } from './verify-credentials';
import { ACCOUNTS_PER_PAGE, listAccountsPage } from './list-accounts-page';
import { translatable } from '@/lib/i18n/translatable';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

const namesOf = (users: { name: string }[]) => users.map((user) => user.name);
const isDeactivated = async (userId: string) =>
  (await db.user.findUniqueOrThrow({ where: { id: userId } })).deactivatedAt !== null;

/** A session opened a minute ago, as a sign-in opens one. */
async function openSession(userId: string): Promise<string> {
  const at = new Date(Date.now() - 60_000);
  return (await db.authSession.create({ data: { userId, createdAt: at, lastSeenAt: at } })).id;
}

/** An account with a real argon2 hash, made the way the admin makes one. */
async function createParentWithPassword(password: string): Promise<{ id: string; email: string }> {
  const email = `new.parent.${Math.random().toString(36).slice(2, 8)}@clinic.test`;
  const { id } = await createUser(clinic.admin, { name: 'New Parent', email, role: 'PARENT', password });
  return { id, email };
}

describe('listUsers: who may list which accounts', () => {
  it('gives the admin every role, and deactivated accounts with their status when asked', async () => {
    await deactivateUser(clinic.admin, clinic.otherParent.id);
    const { items: everyone } = await listAccountsPage(clinic.admin);
    expect(namesOf(everyone)).toEqual([
      'Admin',
      'Dr Test',
      'Therapist One',
      'Therapist Two',
      'Parent One',
      'Parent Two',
    ]);
    expect(everyone.find((user) => user.id === clinic.otherParent.id)?.deactivatedAt).toBeInstanceOf(Date);
    expect(everyone.find((user) => user.id === clinic.parent.id)?.deactivatedAt).toBeNull();
  });

  it('gives a paediatrician the therapists to prescribe with and the parents to link as guardians', async () => {
    expect(namesOf(await listUsers(clinic.doctor, 'therapists'))).toEqual(['Therapist One', 'Therapist Two']);
    expect(namesOf(await listUsers(clinic.doctor, 'guardians'))).toEqual(['Parent One', 'Parent Two']);
  });

  it('refuses a paediatrician the admins and the deactivated accounts', async () => {
    // The admins, the other doctors and the deactivated accounts are only in the admin's list.
    await expect(listAccountsPage(clinic.doctor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses therapists and parents any list of accounts', async () => {
    for (const list of ['therapists', 'guardians'] as const) {
      await expect(listUsers(clinic.therapist, list)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(listUsers(clinic.parent, list)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    for (const actor of [clinic.therapist, clinic.parent])
      await expect(listAccountsPage(actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it("pages the admin's list and searches it by name or email, counting every account by role", async () => {
    await db.user.createMany({
      data: Array.from({ length: ACCOUNTS_PER_PAGE + 5 }, (_, index) => ({
        name: `Paged Parent ${String(index).padStart(3, '0')}`,
        email: `paged.${index}@clinic.test`,
        role: 'PARENT' as const,
        passwordHash: 'not-a-real-hash',
      })),
    });
    const first = await listAccountsPage(clinic.admin);
    expect(first.items).toHaveLength(ACCOUNTS_PER_PAGE);
    expect(first.items[0]?.name).toBe('Admin');
    expect(first.total).toBe(ACCOUNTS_PER_PAGE + 5 + 6);
    expect(first.pageCount).toBe(2);
    expect(first.countsByRole.PARENT).toEqual({ active: ACCOUNTS_PER_PAGE + 5 + 2, deactivated: 0 });
    const second = await listAccountsPage(clinic.admin, '', 2);
    expect(second.items).toHaveLength(11);
    expect(new Set([...first.items, ...second.items].map((user) => user.id)).size).toBe(first.total);
    // A page past the end shows the last one.
    expect((await listAccountsPage(clinic.admin, '', 99)).page).toBe(2);

    const found = await listAccountsPage(clinic.admin, 'PAGED.1');
    expect(namesOf(found.items)).toEqual([
      'Paged Parent 001',
      ...Array.from({ length: 10 }, (_, i) => `Paged Parent 0${10 + i}`),
    ]);
    expect(namesOf((await listAccountsPage(clinic.admin, 'therapist two')).items)).toEqual(['Therapist Two']);
  });
});

describe('deactivating and reactivating an account', () => {
  it('signs the account out on its next request; reactivated, only a new sign-in counts', async () => {
    const earlier = await openSession(clinic.therapist.id);
    expect(await checkSession(earlier)).toMatchObject({
      status: 'ACTIVE',
      actor: { id: clinic.therapist.id, role: 'THERAPIST' },
    });

    await expect(deactivateUser(clinic.admin, clinic.therapist.id)).resolves.toEqual({ name: 'Therapist One' });
    expect(await isDeactivated(clinic.therapist.id)).toBe(true);
    expect(await checkSession(earlier)).toEqual({ status: 'ENDED', reason: 'revoked' });

    await expect(reactivateUser(clinic.admin, clinic.therapist.id)).resolves.toEqual({ name: 'Therapist One' });
    expect(await isDeactivated(clinic.therapist.id)).toBe(false);
    // The session from before the deactivation does not come back to life.
    expect(await checkSession(earlier)).toEqual({ status: 'ENDED', reason: 'revoked' });
    expect(await checkSession(await openSession(clinic.therapist.id))).toMatchObject({
      status: 'ACTIVE',
      actor: { id: clinic.therapist.id },
    });
  });

  it('leaves an active account and its sessions alone when it is reactivated again (a double submit)', async () => {
    const earlier = await openSession(clinic.therapist.id);
    await expect(reactivateUser(clinic.admin, clinic.therapist.id)).resolves.toEqual({ name: 'Therapist One' });
    expect(await checkSession(earlier)).toMatchObject({ status: 'ACTIVE', actor: { id: clinic.therapist.id } });
  });

  it('refuses an admin deactivating themselves', async () => {
    const otherAdmin = await createActor('ADMIN', 'Second Admin');
    await expect(deactivateUser(clinic.admin, clinic.admin.id)).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: translatable('errors.refusal.account.deactivateSelf'),
    });
    expect(await isDeactivated(clinic.admin.id)).toBe(false);
    // Positive control: another admin's account can be deactivated.
    await deactivateUser(clinic.admin, otherAdmin.id);
    expect(await isDeactivated(otherAdmin.id)).toBe(true);
  });

  it('refuses to deactivate the last active admin (an admin acting from a session deactivated meanwhile)', async () => {
    const otherAdmin = await createActor('ADMIN', 'Second Admin');
    await deactivateUser(otherAdmin, clinic.admin.id);
    await expect(deactivateUser(clinic.admin, otherAdmin.id)).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: translatable('errors.refusal.account.lastAdmin', { name: 'Second Admin' }),
    });
    expect(await isDeactivated(otherAdmin.id)).toBe(false);
  });

  it('leaves one active admin when two admins deactivate each other at the same moment', async () => {
    const otherAdmin = await createActor('ADMIN', 'Second Admin');
    // Both admins' rows are held (as an edit of them would hold them) while both deactivations
    // start, so they run together: without a lock on the roster each would count two active
    // admins before either writes.
    const outcomes = await raceBehindLock(
      (tx) => tx.$executeRaw`SELECT 1 FROM "User" WHERE "id" IN (${clinic.admin.id}, ${otherAdmin.id}) FOR UPDATE`,
      [() => deactivateUser(clinic.admin, otherAdmin.id), () => deactivateUser(otherAdmin, clinic.admin.id)],
    );
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await db.user.count({ where: { role: 'ADMIN', deactivatedAt: null } })).toBe(1);
  });

  it('refuses anyone but an admin, and changes nothing', async () => {
    for (const actor of [clinic.doctor, clinic.therapist, clinic.parent]) {
      await expect(deactivateUser(actor, clinic.otherParent.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await isDeactivated(clinic.otherParent.id)).toBe(false);

    await deactivateUser(clinic.admin, clinic.otherParent.id);
    await expect(reactivateUser(clinic.doctor, clinic.otherParent.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await isDeactivated(clinic.otherParent.id)).toBe(true);
  });

  it('answers not-found for an unknown account', async () => {
    await expect(deactivateUser(clinic.admin, 'no-such-account')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(reactivateUser(clinic.admin, 'no-such-account')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('signing in', () => {
  it('refuses a deactivated account, and says so only to someone who typed its password', async () => {
    const parent = await createParentWithPassword('first-password-1');
    expect(await verifyCredentials(parent.email, 'first-password-1')).toMatchObject({
      status: 'SIGNED_IN',
      actor: { id: parent.id, role: 'PARENT' },
    });

    await deactivateUser(clinic.admin, parent.id);
    expect(await verifyCredentials(parent.email, 'first-password-1')).toEqual({ status: 'DEACTIVATED' });
    // A guesser learns nothing: a wrong password is answered as for an unknown email.
    expect(await verifyCredentials(parent.email, 'a-wrong-guess')).toEqual({ status: 'WRONG_CREDENTIALS' });
    expect(await verifyCredentials('nobody@clinic.test', 'first-password-1')).toEqual({ status: 'WRONG_CREDENTIALS' });

    await reactivateUser(clinic.admin, parent.id);
    expect(await verifyCredentials(parent.email, 'first-password-1')).toMatchObject({ status: 'SIGNED_IN' });
  });
});

describe('resetPassword', () => {
  it('lets the new password in and stops the old one', async () => {
    const parent = await createParentWithPassword('first-password-1');
    await expect(resetPassword(clinic.admin, { userId: parent.id, password: 'second-password-2' })).resolves.toEqual({
      name: 'New Parent',
    });

    expect(await verifyCredentials(parent.email, 'second-password-2')).toMatchObject({
      status: 'SIGNED_IN',
      actor: { id: parent.id },
    });
    expect(await verifyCredentials(parent.email, 'first-password-1')).toEqual({ status: 'WRONG_CREDENTIALS' });
    const stored = await db.user.findUniqueOrThrow({ where: { id: parent.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('ends the sessions opened with the old password, and lets a new sign-in in', async () => {
    const parent = await createParentWithPassword('first-password-1');
    const earlier = await openSession(parent.id);
    expect(await checkSession(earlier)).toMatchObject({ status: 'ACTIVE', actor: { id: parent.id } });

    await resetPassword(clinic.admin, { userId: parent.id, password: 'second-password-2' });
    expect(await checkSession(earlier)).toEqual({ status: 'ENDED', reason: 'revoked' });
    expect(await checkSession(await openSession(parent.id))).toMatchObject({
      status: 'ACTIVE',
      actor: { id: parent.id, role: 'PARENT' },
    });
  });

  it('refuses anyone but an admin, and keeps the old password', async () => {
    const parent = await createParentWithPassword('first-password-1');
    for (const actor of [clinic.doctor, clinic.therapist, clinic.parent]) {
      await expect(resetPassword(actor, { userId: parent.id, password: 'second-password-2' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    expect(await verifyCredentials(parent.email, 'first-password-1')).toMatchObject({ status: 'SIGNED_IN' });
  });

  it('answers not-found for an unknown account', async () => {
    await expect(
      resetPassword(clinic.admin, { userId: 'no-such-account', password: 'second-password-2' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('deactivated accounts in the pickers, and their history', () => {
  it('no longer offers a deactivated therapist, nor accepts one, but keeps their name on past courses', async () => {
    const { indicationId } = await createPatientWithIndication(clinic);
    const courseId = await prescribeClinicCourse(clinic, indicationId);
    await deactivateUser(clinic.admin, clinic.therapist.id);

    expect(namesOf(await listUsers(clinic.doctor, 'therapists'))).toEqual(['Therapist Two']);
    const { indicationId: secondIndication } = await createPatientWithIndication(clinic, { firstName: 'Second' });
    await expect(
      prescribeCourse(clinic.doctor, courseInput(secondIndication, { therapistId: clinic.therapist.id }), TEST_TODAY),
    ).rejects.toMatchObject({
      fieldErrors: { therapistId: [translatable('prescription.decision.chooseTherapist')] },
    });
    expect((await getCourse(clinic.doctor, courseId)).therapistName).toBe('Therapist One');
  });

  it('no longer offers a deactivated parent as a guardian, but keeps their existing links and name', async () => {
    const { id: patientId } = await createPatient(clinic.doctor, patientInput({ guardianIds: [clinic.parent.id] }));
    await deactivateUser(clinic.admin, clinic.parent.id);

    expect(namesOf(await listUsers(clinic.doctor, 'guardians'))).toEqual(['Parent Two']);
    await expect(createPatient(clinic.doctor, patientInput({ guardianIds: [clinic.parent.id] }))).rejects.toMatchObject(
      { fieldErrors: { guardianIds: expect.any(Array) } },
    );

    // Editing the child with the deactivated guardian still ticked keeps the link...
    await updatePatient(
      clinic.doctor,
      patientId,
      patientCorrection({ notes: 'Edited', guardianIds: [clinic.parent.id, clinic.otherParent.id] }),
    );
    expect((await getPatient(clinic.doctor, patientId)).guardians.map((guardian) => guardian.name).sort()).toEqual([
      'Parent One',
      'Parent Two',
    ]);
    // ...but a deactivated parent cannot be added to another child.
    const { id: otherPatientId } = await createPatient(clinic.doctor, patientInput({ firstName: 'Other' }));
    await expect(
      updatePatient(clinic.doctor, otherPatientId, patientCorrection({ guardianIds: [clinic.parent.id] })),
    ).rejects.toMatchObject({ fieldErrors: { guardianIds: expect.any(Array) } });
  });
});
