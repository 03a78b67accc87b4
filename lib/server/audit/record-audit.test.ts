import { beforeEach, describe, expect, it } from 'vitest';
import { createClinic, db, resetDatabase, type Clinic } from '@/test/integration/fixtures';
import { recordAudit, recordAuditAlone } from './record-audit';
import { sealAuditLog } from './seal-audit-log';
import { verifyAuditChain } from './verify-audit-chain';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

const READS = 20;

describe('appending to the audit log', () => {
  // The embedded database (PGlite) is one session that runs a whole transaction before another
  // connection's statement (scripts/pglite-server.ts), so nothing there can run beside an open one.
  it.skipIf(process.env.EMBEDDED_DATABASE)(
    'lets audited reads through while a change that recorded its own event is still open, then seals them all',
    async () => {
      const change = {
        action: 'UPDATE',
        subject: { type: 'PATIENT', id: 'patient-1' },
        patientId: 'patient-1',
      } as const;
      let recorded = false;
      let commit!: () => void;
      let committed = false;
      const open = db
        .$transaction(async (tx) => {
          await recordAudit(tx, clinic.admin, change);
          recorded = true;
          await new Promise<void>((resolve) => (commit = resolve));
        })
        .then(() => (committed = true));
      await expect.poll(() => recorded).toBe(true);

      const read = { action: 'READ', subject: { type: 'PATIENT', id: 'patient-1' }, patientId: 'patient-1' } as const;
      await Promise.all(Array.from({ length: READS }, () => recordAuditAlone(clinic.doctor, read)));
      // Every read is in, and the change is still open: no read waited for it.
      expect(committed).toBe(false);
      expect(await db.auditEvent.count({ where: { action: 'READ' } })).toBe(READS);
      // The sealer does not wait for it either: it chains what is committed and leaves the rest.
      await sealAuditLog('WAIT');
      expect(await db.auditEvent.count({ where: { chainId: { not: null } } })).toBe(READS);

      commit();
      await open;
      expect(await verifyAuditChain()).toMatchObject({ status: 'INTACT', rowCount: READS + 1, unsealedCount: 0 });
      const rows = await db.auditEvent.findMany({ orderBy: { chainId: 'asc' } });
      expect(rows.map((row) => row.chainId)).toEqual(
        Array.from({ length: READS + 1 }, (_, index) => BigInt(index + 1)),
      );
      // Chained in the order the rows became visible: the change, committed last, is last.
      expect(rows.at(-1)).toMatchObject({ action: 'UPDATE', actorId: clinic.admin.id });
    },
  );

  it('commits the row with the change it records; the sealer gives it the next chain id', async () => {
    await db.$transaction((tx) => recordAudit(tx, clinic.admin, { action: 'CREATE', subject: null, patientId: null }));
    const [row] = await db.auditEvent.findMany();
    expect(row).toMatchObject({ actorId: clinic.admin.id, action: 'CREATE', outcome: 'SUCCESS' });
    await sealAuditLog('WAIT');
    expect(await db.auditEvent.findFirstOrThrow()).toMatchObject({ sequence: row!.sequence, chainId: 1n });
  });
});
