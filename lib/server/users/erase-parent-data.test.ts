import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { hashPassword } from '@/lib/auth/password';
import { clinicToday } from '@/lib/clinic-time';
import { createCareLink } from '@/lib/server/care-links/create-care-link';
import { getPatient } from '@/lib/server/patients/get-patient';
import { recordSession } from '@/lib/server/sessions/record-session';
import { verifyCredentials } from './verify-credentials';
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
import { eraseParentData } from './erase-parent-data';
import { reactivateUser } from './manage-users';

let clinic: Clinic;
let leaving: Actor;
let patientId: string;
let homeSessionId: string;

const PASSWORD = 'a-long-enough-password';

/** A child with two guardians; the leaving one recorded a home session and gave a caregiver a link. */
beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
  leaving = await createActor('PARENT', 'Anna Leaving');
  await db.user.update({ where: { id: leaving.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
  const child = await createPatientWithIndication(clinic, { guardianIds: [leaving.id, clinic.parent.id] });
  patientId = child.patientId;
  const today = clinicToday();
  const courseId = await prescribeClinicCourse(clinic, child.indicationId, {
    location: 'HOME',
    therapistId: undefined,
    startDate: today,
  });
  homeSessionId = (await sessionDates(courseId))[0]!.id;
  await recordSession(
    leaving,
    { sessionId: homeSessionId, outcome: 'DONE', wellToday: true, actualMinutes: 5, tolerance: 'GOOD', notes: 'Fine' },
    today,
  );
  await createCareLink(leaving, { patientId, caregiverName: 'Grandma', days: 14 });
  await db.authSession.create({ data: { userId: leaving.id, createdAt: new Date(), lastSeenAt: new Date() } });
});

const erase = (actor: Actor, overrides: Partial<{ confirmEmail: string; reason: string }> = {}) =>
  eraseParentData(actor, {
    userId: leaving.id,
    confirmEmail: leaving.email,
    reason: 'Parent asked in writing.',
    ...overrides,
  });

describe('eraseParentData', () => {
  it('replaces the parent’s personal data and closes the account, while the child’s record stays', async () => {
    await expect(erase(clinic.admin)).resolves.toEqual({ erasedEmail: leaving.email });

    const account = await db.user.findUniqueOrThrow({ where: { id: leaving.id } });
    expect(account).toMatchObject({ name: 'Erased parent account', role: 'PARENT' });
    expect(account.email).toMatch(/@erased\.invalid$/);
    expect(account.deactivatedAt).not.toBeNull();
    expect(JSON.stringify(account)).not.toContain('Anna');
    expect(await verifyCredentials(leaving.email, PASSWORD)).toEqual({ status: 'WRONG_CREDENTIALS' });
    expect(await verifyCredentials(account.email, PASSWORD)).toEqual({ status: 'WRONG_CREDENTIALS' });
    expect(await db.authSession.count({ where: { userId: leaving.id, revokedAt: null } })).toBe(0);
    expect(await db.careLink.count({ where: { createdById: leaving.id, revokedAt: null } })).toBe(0);

    // The child keeps the other guardian, its course and the session the parent recorded.
    const child = await getPatient(clinic.doctor, patientId);
    expect(child.guardians.map((guardian) => guardian.id)).toEqual([clinic.parent.id]);
    expect(child.courses).toHaveLength(1);
    expect(await db.session.findUniqueOrThrow({ where: { id: homeSessionId } })).toMatchObject({
      status: 'DONE',
      recordedById: leaving.id,
      notes: 'Fine',
    });
  });

  it('keeps the decision: who, when and why, and an audit row', async () => {
    await erase(clinic.admin);
    expect(await db.accountErasure.findUniqueOrThrow({ where: { userId: leaving.id } })).toMatchObject({
      erasedById: clinic.admin.id,
      reason: 'Parent asked in writing.',
    });
    expect(await db.auditEvent.findMany({ where: { actorId: clinic.admin.id, action: 'DELETE' } })).toMatchObject([
      { entityType: 'ACCOUNT', entityId: leaving.id, outcome: 'SUCCESS' },
    ]);
    expect(await db.auditEvent.count({ where: { actorId: clinic.admin.id, action: 'UPDATE', patientId } })).toBe(1);
  });

  it('erases nothing without the account’s email typed to confirm, or for a staff account, or twice', async () => {
    await expect(erase(clinic.admin, { confirmEmail: 'someone@else.test' })).rejects.toMatchObject({
      code: 'INVALID_STATE',
      fieldErrors: { confirmEmail: [expect.any(String)] },
    });
    await expect(
      eraseParentData(clinic.admin, {
        userId: clinic.therapist.id,
        confirmEmail: clinic.therapist.email,
        reason: 'No.',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' });
    expect((await db.user.findUniqueOrThrow({ where: { id: leaving.id } })).name).toBe('Anna Leaving');

    await erase(clinic.admin);
    await expect(erase(clinic.admin)).rejects.toMatchObject({ code: 'INVALID_STATE' });
    await expect(reactivateUser(clinic.admin, leaving.id)).rejects.toMatchObject({ code: 'INVALID_STATE' });
  });

  it('refuses everyone but an admin', async () => {
    for (const actor of [clinic.doctor, clinic.therapist, clinic.parent, leaving])
      await expect(erase(actor), actor.role).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await db.user.findUniqueOrThrow({ where: { id: leaving.id } })).name).toBe('Anna Leaving');
    expect(await db.accountErasure.count()).toBe(0);
  });
});
