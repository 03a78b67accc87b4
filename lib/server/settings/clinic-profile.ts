import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { lockClinicWide } from '@/lib/server/locks';
import {
  CLINIC_PROFILE_FIELD_IDS,
  effectiveClinicProfile,
  isClinicProfileField,
  type ClinicProfile,
  type ClinicProfileField,
} from '@/lib/validation/clinic-profile';

type SettingsReader = Pick<typeof db, 'clinicSetting'>;

/**
 * The clinic's name, address and phone. Anyone signed in may read them (families call the clinic);
 * they say nothing about a patient, so the read is not audited.
 */
export async function getClinicProfile(client: SettingsReader = db): Promise<ClinicProfile> {
  // Stored in the clinic's key-value settings beside the other settings; the keys do not overlap.
  const rows = await client.clinicSetting.findMany({
    where: { key: { in: CLINIC_PROFILE_FIELD_IDS } },
    select: { key: true, value: true },
  });
  return effectiveClinicProfile(
    Object.fromEntries(rows.filter((row) => isClinicProfileField(row.key)).map((row) => [row.key, row.value])),
  );
}

/** An admin saves the clinic's contact: each changed value is written with a row in the settings log. */
export async function updateClinicProfile(
  actor: Actor,
  values: ClinicProfile,
): Promise<{ changed: ClinicProfileField[] }> {
  authorize(actor, 'MANAGE_CLINIC_SETTINGS');
  return db.$transaction(async (tx) => {
    await lockClinicWide(tx, 'CLINIC_SETTINGS');
    const current = await getClinicProfile(tx);
    const changed = CLINIC_PROFILE_FIELD_IDS.filter((field) => current[field] !== values[field]);
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
    // The audit rows come last, as in every change (lib/server/audit/record-audit.ts).
    for (const field of changed)
      await recordAudit(tx, actor, {
        action: 'UPDATE',
        subject: { type: 'CLINIC_SETTINGS', id: field },
        patientId: null,
      });
    return { changed };
  });
}
