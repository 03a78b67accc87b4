import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import {
  effectiveSecuritySettings,
  isSecuritySettingField,
  SECURITY_SETTING_FIELD_IDS,
  type SecuritySettingField,
  type SecuritySettings,
} from '@/lib/domain/security-settings';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { lockClinicWide } from '@/lib/server/locks';

type SettingsReader = Pick<typeof db, 'clinicSetting'>;

/** The sign-in and session limits in force (the defaults where nothing is stored). */
export async function getSecuritySettings(client: SettingsReader = db): Promise<SecuritySettings> {
  // Stored in the clinic's key-value settings beside the clinical defaults; the keys do not overlap.
  const rows = await client.clinicSetting.findMany({
    where: { key: { in: SECURITY_SETTING_FIELD_IDS } },
    select: { key: true, value: true },
  });
  return effectiveSecuritySettings(
    Object.fromEntries(rows.filter((row) => isSecuritySettingField(row.key)).map((row) => [row.key, row.value])),
  );
}

/** An admin saves the security form: each changed value is written with a row in the settings log. */
export async function updateSecuritySettings(
  actor: Actor,
  values: SecuritySettings,
): Promise<{ changed: SecuritySettingField[] }> {
  authorize(actor, 'MANAGE_CLINIC_SETTINGS');
  return db.$transaction(async (tx) => {
    await lockClinicWide(tx, 'CLINIC_SETTINGS');
    const current = await getSecuritySettings(tx);
    const changed = SECURITY_SETTING_FIELD_IDS.filter((field) => current[field] !== values[field]);
    for (const field of changed) {
      await tx.clinicSetting.upsert({
        where: { key: field },
        create: { key: field, value: values[field] },
        update: { value: values[field] },
      });
      await tx.settingChange.create({
        data: { key: field, oldValue: current[field], newValue: values[field], changedById: actor.id },
      });
    }
    for (const field of changed)
      await recordAudit(tx, actor, {
        action: 'UPDATE',
        subject: { type: 'CLINIC_SETTINGS', id: field },
        patientId: null,
      });
    return { changed };
  });
}
