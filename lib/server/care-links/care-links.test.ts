import { beforeEach, describe, expect, it } from 'vitest';
import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
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
import { getCourse } from '@/lib/server/courses/get-course';
import { getSecuritySettings } from '@/lib/server/settings/security-settings';
import { hashLinkToken } from '@/lib/server/link-tokens/link-token';
import { careLinkView } from './care-link-view';
import { createCareLink } from './create-care-link';
import { listCareLinks } from './list-care-links';
import { openCareLink } from './open-care-link';
import { recordCareLinkSession } from './record-care-link-session';
import { revokeCareLink } from './revoke-care-link';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

/** A child of clinic.parent with a home course starting the day before TODAY. */
async function homeChild(guardianId = clinic.parent.id) {
  const { patientId, indicationId } = await createPatientWithIndication(clinic, { guardianIds: [guardianId] });
  const courseId = await prescribeClinicCourse(clinic, indicationId, {
    location: 'HOME',
    therapistId: undefined,
    startDate: iso('2026-11-20'),
  });
  return { patientId, courseId };
}

const done = (sessionId: string) => ({
  sessionId,
  outcome: 'DONE' as const,
  wellToday: true as const,
  actualMinutes: 10,
  tolerance: 'GOOD' as const,
  notes: 'Calm with Granny',
});

describe('care links', () => {
  it('stores only the hash of a 256-bit token, and the link opens the child for its holder', async () => {
    const { patientId } = await homeChild();
    const { id, token } = await createCareLink(clinic.parent, { patientId, caregiverName: 'Granny', days: 14 });

    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db.careLink.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).toBe(hashLinkToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(14 * 24 * 60 * 60 * 1000);

    const opening = await openCareLink(token, '203.0.113.5');
    expect(opening).toEqual({ status: 'OPEN', link: { id, patientId, caregiverName: 'Granny' } });
    expect((await db.careLink.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
    const view = await careLinkView(opening.status === 'OPEN' ? opening.link : (undefined as never));
    expect(Object.keys(view.child).sort()).toEqual(['dateOfBirth', 'firstName', 'gestationalAgeDays']);
    expect(view.course?.sessions.length).toBeGreaterThan(0);
    expect(
      await db.auditEvent.findFirst({ where: { entityType: 'CARE_LINK', entityId: id, action: 'READ' } }),
    ).toMatchObject({ actorId: null, patientId, outcome: 'SUCCESS' });
  });

  it('refuses an expired or revoked link, and an unknown token', async () => {
    const { patientId } = await homeChild();
    const created = new Date('2026-11-01T10:00:00Z');
    const expired = await createCareLink(clinic.parent, { patientId, caregiverName: 'Nanny', days: 1 }, created);
    expect(await openCareLink(expired.token, null, new Date('2026-11-02T09:59:59Z'))).toMatchObject({ status: 'OPEN' });
    expect(await openCareLink(expired.token, null, new Date('2026-11-02T10:00:00Z'))).toEqual({ status: 'REFUSED' });

    const revoked = await createCareLink(clinic.parent, { patientId, caregiverName: 'Granny', days: 14 });
    await revokeCareLink(clinic.parent, revoked.id);
    expect(await openCareLink(revoked.token, null)).toEqual({ status: 'REFUSED' });
    expect(await openCareLink('A'.repeat(43), null)).toEqual({ status: 'REFUSED' });
    expect((await listCareLinks(clinic.parent, patientId)).map((link) => link.state).sort()).toEqual([
      'EXPIRED',
      'REVOKED',
    ]);
  });

  it('throttles guesses per address, even a good token while the limit holds', async () => {
    const { patientId } = await homeChild();
    const { token } = await createCareLink(clinic.parent, { patientId, caregiverName: 'Granny', days: 14 });
    let opening = await openCareLink('B'.repeat(43), '198.51.100.7');
    while (opening.status === 'REFUSED') opening = await openCareLink('B'.repeat(43), '198.51.100.7');
    expect(opening.status).toBe('THROTTLED');
    expect((await openCareLink(token, '198.51.100.7')).status).toBe('THROTTLED');
    expect((await openCareLink(token, '198.51.100.8')).status).toBe('OPEN');
  });

  it('counts no guesses from an unknown address, so no one can lock every caregiver out', async () => {
    const { patientId } = await homeChild();
    const { token } = await createCareLink(clinic.parent, { patientId, caregiverName: 'Granny', days: 14 });
    const { signInFailuresPerAddress } = await getSecuritySettings();
    for (let guess = 0; guess <= signInFailuresPerAddress; guess += 1) {
      expect(await openCareLink('C'.repeat(43), null)).toEqual({ status: 'REFUSED' });
    }
    expect((await openCareLink(token, null)).status).toBe('OPEN');
    expect(await db.linkGuessFailure.count()).toBe(0);
  });

  it('lets nobody else make, list or revoke a link for a child not theirs', async () => {
    const { patientId } = await homeChild();
    const { id } = await createCareLink(clinic.parent, { patientId, caregiverName: 'Granny', days: 14 });
    await expect(
      createCareLink(clinic.otherParent, { patientId, caregiverName: 'Stranger', days: 14 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(revokeCareLink(clinic.otherParent, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(revokeCareLink(clinic.doctor, id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await listCareLinks(clinic.otherParent, patientId)).toEqual([]);
    expect((await db.careLink.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
  });

  it("records a home session under the caregiver's name, for that child only, with an audit row", async () => {
    const { patientId } = await homeChild();
    const other = await homeChild();
    const { id, token } = await createCareLink(clinic.parent, { patientId, caregiverName: 'Granny', days: 14 });
    const [first] = await sessionDates((await db.course.findFirstOrThrow({ where: { patientId } })).id);
    const [othersFirst] = await sessionDates(other.courseId);

    await expect(recordCareLinkSession(token, null, done(othersFirst!.id), TODAY)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await recordCareLinkSession(token, null, done(first!.id), TODAY);
    expect(await db.session.findUniqueOrThrow({ where: { id: first!.id } })).toMatchObject({
      status: 'DONE',
      recordedById: null,
      recordedByCareLinkId: id,
      recordedByCaregiverName: 'Granny',
    });
    expect(
      await db.auditEvent.findFirst({ where: { entityType: 'SESSION', entityId: first!.id, action: 'UPDATE' } }),
    ).toMatchObject({ actorId: null, patientId });
    // The family and the clinic see who recorded it.
    const course = await getCourse(clinic.parent, (await db.course.findFirstOrThrow({ where: { patientId } })).id);
    expect(course.sessions.find((session) => session.id === first!.id)?.recordedByName).toBe(
      'Granny (caregiver’s link)',
    );

    await revokeCareLink(clinic.parent, id);
    const [, second] = await sessionDates((await db.course.findFirstOrThrow({ where: { patientId } })).id);
    await expect(recordCareLinkSession(token, null, done(second!.id), TODAY)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
