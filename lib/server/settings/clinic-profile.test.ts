import { beforeEach, describe, expect, it } from 'vitest';
import { createClinic, db, resetDatabase, type Clinic } from '@/test/integration/fixtures';
import { DEFAULT_CLINIC_PROFILE, ZClinicProfileSchema } from '@/lib/validation/clinic-profile';
import { getClinicProfile, updateClinicProfile } from './clinic-profile';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

describe('clinic profile (issue 9)', () => {
  const contact = {
    clinicName: 'Riverside Children’s Clinic',
    clinicAddress: '12 River Road\nLondon',
    clinicPhone: '+44 20 7946 0000',
  };

  it('lets an admin set the contact, logging and auditing each change, and refuses everyone else', async () => {
    expect(await getClinicProfile()).toEqual(DEFAULT_CLINIC_PROFILE);
    await expect(updateClinicProfile(clinic.doctor, contact)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(updateClinicProfile(clinic.parent, contact)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(updateClinicProfile(clinic.admin, contact)).resolves.toEqual({
      changed: ['clinicName', 'clinicAddress', 'clinicPhone'],
    });
    expect(await getClinicProfile()).toEqual(contact);
    expect(await db.settingChange.findMany({ select: { key: true, newValue: true }, orderBy: { key: 'asc' } })).toEqual(
      [
        { key: 'clinicAddress', newValue: contact.clinicAddress },
        { key: 'clinicName', newValue: contact.clinicName },
        { key: 'clinicPhone', newValue: contact.clinicPhone },
      ],
    );
    expect(
      await db.auditEvent.count({ where: { entityType: 'CLINIC_SETTINGS', action: 'UPDATE', outcome: 'SUCCESS' } }),
    ).toBe(3);

    // Saving the same values again changes nothing.
    await expect(updateClinicProfile(clinic.admin, contact)).resolves.toEqual({ changed: [] });
  });
});

describe('ZClinicProfileSchema', () => {
  const parse = (clinicPhone: string) =>
    ZClinicProfileSchema.safeParse({ clinicName: 'Clinic', clinicAddress: '', clinicPhone }).success;

  it('takes a number to dial, or none', () => {
    expect(parse('')).toBe(true);
    expect(parse('+44 (20) 7946-0000')).toBe(true);
    expect(parse('123456')).toBe(true);
    expect(parse('1234567890123456')).toBe(false);
    expect(parse('12345')).toBe(false);
    expect(parse('call us')).toBe(false);
  });

  it('requires a name', () => {
    expect(ZClinicProfileSchema.safeParse({ clinicName: '  ', clinicAddress: '', clinicPhone: '' }).success).toBe(
      false,
    );
  });
});
