import { beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { listMyChildren } from '@/lib/server/children/list-my-children';
import { hashLinkToken } from '@/lib/server/link-tokens/link-token';
import { createPatient } from '@/lib/server/patients/save-patient';
import {
  createActor,
  createClinic,
  createPatientWithIndication,
  db,
  patientInput,
  resetDatabase,
  type Clinic,
} from '@/test/integration/fixtures';
import { acceptInvitationAsSignedIn, acceptInvitationWithNewAccount } from './accept-guardian-invitation';
import { inviteGuardian } from './invite-guardian';
import { listGuardianInvitations } from './list-guardian-invitations';
import { openGuardianInvitation } from './open-guardian-invitation';
import { revokeGuardianInvitation } from './revoke-guardian-invitation';
import { translatable } from '@/lib/i18n/translatable';

let clinic: Clinic;
let patientId: string;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
  ({ patientId } = await createPatientWithIndication(clinic, { firstName: 'Mia', guardianIds: [clinic.parent.id] }));
});

const PASSWORD = 'kettle orbit lantern 42';
const invite = (email = 'second.parent@family.test', actor = clinic.parent) =>
  inviteGuardian(actor, { patientId, name: 'Sam Second', email });

describe('guardian invitations', () => {
  it('makes a parent account, guardian of that child only, once; stores only the hash; audits', async () => {
    await createPatientWithIndication(clinic, { firstName: 'Other', guardianIds: [clinic.parent.id] });
    const { id, token } = await invite();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db.guardianInvitation.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).toBe(hashLinkToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    expect(await openGuardianInvitation(token, null)).toMatchObject({
      status: 'OPEN',
      invitation: { childFirstName: 'Mia', email: 'second.parent@family.test', account: 'NONE' },
    });
    const accepted = await acceptInvitationWithNewAccount(token, null, { name: 'Sam Second', password: PASSWORD });
    expect(accepted).toEqual({ email: 'second.parent@family.test', patientId });

    const account = await db.user.findUniqueOrThrow({ where: { email: 'second.parent@family.test' } });
    expect(account).toMatchObject({ role: 'PARENT', name: 'Sam Second', deactivatedAt: null });
    expect(await verifyPassword(account.passwordHash, PASSWORD)).toBe(true);
    const actor = { id: account.id, role: 'PARENT' as const, name: account.name, email: account.email };
    expect((await listMyChildren(actor)).map((child) => child.firstName)).toEqual(['Mia']);
    expect(await db.auditEvent.findFirst({ where: { entityType: 'ACCOUNT', entityId: account.id } })).toMatchObject({
      action: 'CREATE',
      actorId: account.id,
    });
    expect(
      await db.auditEvent.findFirst({ where: { entityType: 'GUARDIAN_INVITATION', entityId: id, action: 'UPDATE' } }),
    ).toMatchObject({ actorId: account.id, patientId });
    expect((await listGuardianInvitations(clinic.parent, patientId))[0]).toMatchObject({ id, state: 'ACCEPTED' });

    // Single use.
    expect(await openGuardianInvitation(token, null)).toEqual({ status: 'REFUSED' });
    await expect(
      acceptInvitationWithNewAccount(token, null, { name: 'Again', password: PASSWORD }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses an expired, a revoked and an unknown invitation, and counts only unknown tokens as guesses', async () => {
    const created = new Date('2026-11-01T10:00:00Z');
    const expired = await inviteGuardian(
      clinic.parent,
      { patientId, name: 'Late', email: 'late@family.test' },
      created,
    );
    await expect(
      acceptInvitationWithNewAccount(expired.token, '203.0.113.1', { name: 'Late', password: PASSWORD }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const revoked = await invite();
    await revokeGuardianInvitation(clinic.parent, revoked.id);
    await expect(
      acceptInvitationWithNewAccount(revoked.token, '203.0.113.1', { name: 'Sam', password: PASSWORD }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.user.count({ where: { email: { in: ['late@family.test', 'second.parent@family.test'] } } })).toBe(
      0,
    );
    expect(await db.linkGuessFailure.count()).toBe(0);
    // The refusal is audited although the acceptance failed.
    expect(await db.auditEvent.count({ where: { entityType: 'GUARDIAN_INVITATION', action: 'ACCESS_REFUSED' } })).toBe(
      2,
    );

    expect(await openGuardianInvitation('W'.repeat(43), '203.0.113.1')).toEqual({ status: 'REFUSED' });
    expect(await db.linkGuessFailure.count()).toBe(1);
    expect((await listGuardianInvitations(clinic.parent, patientId)).map((row) => row.state).sort()).toEqual([
      'EXPIRED',
      'REVOKED',
    ]);
  });

  it('links an existing parent account once its owner is signed in, and no other account', async () => {
    const existing = await createActor('PARENT', 'sam existing');
    const { token } = await invite(existing.email);
    expect(await openGuardianInvitation(token, null)).toMatchObject({ invitation: { account: 'PARENT' } });
    await expect(
      acceptInvitationWithNewAccount(token, null, { name: 'Sam', password: PASSWORD }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(acceptInvitationAsSignedIn(clinic.otherParent, token, null)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await acceptInvitationAsSignedIn(existing, token, null)).toEqual({ patientId });
    expect((await listMyChildren(existing)).map((child) => child.firstName)).toEqual(['Mia']);
    expect((await listMyChildren(clinic.otherParent)).map((child) => child.firstName)).toEqual([]);
  });

  it("lets a parent invite for their own child only, and not a staff account's e-mail or a guardian already there", async () => {
    await expect(invite('someone@family.test', clinic.otherParent)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(invite('someone@family.test', clinic.doctor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(invite(clinic.doctor.email)).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { email: [translatable('errors.refusal.invitation.staffEmail')] },
    });
    await expect(invite(clinic.parent.email)).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { email: [translatable('errors.refusal.invitation.alreadyGuardian')] },
    });
    const { id } = await invite();
    await expect(revokeGuardianInvitation(clinic.otherParent, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await listGuardianInvitations(clinic.otherParent, patientId)).toEqual([]);
    expect(await db.guardianInvitation.count()).toBe(1);
  });

  it('registers a child and invites a new parent in one transaction', async () => {
    const { id, invitationToken } = await createPatient(clinic.doctor, {
      ...patientInput({ firstName: 'Noa' }),
      invitation: { name: 'Ada New', email: 'ada@family.test' },
    });
    expect(invitationToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await acceptInvitationWithNewAccount(invitationToken!, null, { name: 'Ada New', password: PASSWORD });
    const ada = await db.user.findUniqueOrThrow({ where: { email: 'ada@family.test' } });
    expect(await db.guardianship.findMany({ where: { userId: ada.id } })).toEqual([{ patientId: id, userId: ada.id }]);

    // A refused invitation leaves no patient behind.
    const before = await db.patient.count();
    await expect(
      createPatient(clinic.doctor, {
        ...patientInput({ firstName: 'Zed' }),
        invitation: { name: 'Dr Who', email: clinic.therapist.email },
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { inviteEmail: [expect.any(String)] } });
    expect(await db.patient.count()).toBe(before);
  });
});
