import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit, type AuditEventInput } from '@/lib/server/audit/record-audit';
import { lockClinicWide } from '@/lib/server/locks';

export type SettingsReader = Pick<typeof db, 'clinicSetting'>;

/**
 * A group of the clinic's key-value settings (ClinicSetting; the groups' keys do not overlap): its
 * fields, and the values in force given what is stored (each group's defaults fill the rest).
 */
export type SettingsGroup<Field extends string, Values extends Record<Field, Prisma.InputJsonValue>> = {
  fields: readonly Field[];
  isField: (key: string) => key is Field;
  effective: (stored: Partial<Record<Field, unknown>>) => Values;
};

export async function readSettings<Field extends string, Values extends Record<Field, Prisma.InputJsonValue>>(
  group: SettingsGroup<Field, Values>,
  client: SettingsReader = db,
): Promise<Values> {
  const rows = await client.clinicSetting.findMany({
    where: { key: { in: [...group.fields] } },
    select: { key: true, value: true },
  });
  return group.effective(
    Object.fromEntries(rows.filter((row) => group.isField(row.key)).map((row) => [row.key, row.value])) as Partial<
      Record<Field, unknown>
    >,
  );
}

/**
 * What a change of settings does to the record, in the same transaction (after the settings are
 * written): its result, and the audit events of what it changed, which are written last.
 */
export type SettingsFollowUp<Followed> = (
  tx: Prisma.TransactionClient,
  changed: readonly string[],
) => Promise<{ followed: Followed; audits: AuditEventInput[] }>;

/**
 * Writes the fields whose value differs from the one in force, each with a row in the settings log
 * (old value, new value, who) and an audit row, in one transaction; `followUp` brings the record in
 * line with them. Two admins' saves take turns, so each log row's old value is the one the other
 * left. The caller has authorized the actor.
 */
export async function saveSettings<
  Field extends string,
  Values extends Record<Field, Prisma.InputJsonValue>,
  Followed = undefined,
>(
  actor: Actor,
  group: SettingsGroup<Field, Values>,
  values: Values,
  followUp?: SettingsFollowUp<Followed>,
): Promise<{ changed: Field[]; followed: Followed | undefined }> {
  return db.$transaction(async (tx) => {
    await lockClinicWide(tx, 'CLINIC_SETTINGS');
    const current = await readSettings(group, tx);
    const changed = group.fields.filter((field) => current[field] !== values[field]);
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
    const followedUp = followUp && changed.length > 0 ? await followUp(tx, changed) : undefined;
    // The audit rows, in the same transaction, so they commit with the change.
    for (const field of changed)
      await recordAudit(tx, actor, {
        action: 'UPDATE',
        subject: { type: 'CLINIC_SETTINGS', id: field },
        patientId: null,
      });
    for (const event of followedUp?.audits ?? []) await recordAudit(tx, actor, event);
    return { changed, followed: followedUp?.followed };
  });
}
