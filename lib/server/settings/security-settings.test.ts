import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SECURITY_SETTINGS } from '@/lib/domain/security-settings';
import { createClinic, db, resetDatabase, type Clinic } from '@/test/integration/fixtures';
import { getSecuritySettings, updateSecuritySettings } from './security-settings';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

describe('security settings', () => {
  it('lets an admin change them, logging each change, and refuses everyone else', async () => {
    expect(await getSecuritySettings()).toEqual(DEFAULT_SECURITY_SETTINGS);
    const stricter = { ...DEFAULT_SECURITY_SETTINGS, sessionIdleMinutes: 15 };
    await expect(updateSecuritySettings(clinic.doctor, stricter)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(updateSecuritySettings(clinic.admin, stricter)).resolves.toEqual({
      changed: ['sessionIdleMinutes'],
    });
    expect(await getSecuritySettings()).toEqual(stricter);
    expect(await db.settingChange.findMany({ select: { key: true, oldValue: true, newValue: true } })).toEqual([
      { key: 'sessionIdleMinutes', oldValue: 30, newValue: 15 },
    ]);
  });
});
