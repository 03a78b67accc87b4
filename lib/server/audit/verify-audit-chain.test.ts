import { spawnSync } from 'node:child_process';
import { beforeEach, describe, expect, it } from 'vitest';
import { getPatient } from '@/lib/server/patients/get-patient';
import { auditRows, tamperWithAuditLog } from '@/test/integration/audit';
import { createClinic, createPatientWithIndication, db, resetDatabase, type Clinic } from '@/test/integration/fixtures';
import { verifyAuditChain } from './verify-audit-chain';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
  const { patientId } = await createPatientWithIndication(clinic);
  // Five rows: the patient, the indication, three reads.
  for (let read = 0; read < 3; read += 1) await getPatient(clinic.doctor, patientId);
});

describe("the audit log's protection", () => {
  it('refuses UPDATE, DELETE and TRUNCATE on the audit table from the app connection', async () => {
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET "actorId" = 'someone-else' WHERE "id" = 2`).rejects.toThrow(
      /append-only: UPDATE/,
    );
    await expect(db.auditEvent.delete({ where: { id: 2n } })).rejects.toThrow(/append-only: DELETE/);
    await expect(db.$executeRaw`TRUNCATE "AuditEvent"`).rejects.toThrow(/append-only: TRUNCATE/);
    expect(await db.auditEvent.count()).toBe(5);
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: 2n } })).actorId).toBe(clinic.doctor.id);
  });

  it('finds an intact chain intact, in batches of any size', async () => {
    const lastHash = (await auditRows()).at(-1)!.hash;
    expect(await verifyAuditChain()).toEqual({ status: 'INTACT', rowCount: 5, lastHash });
    expect(await verifyAuditChain(2)).toEqual({ status: 'INTACT', rowCount: 5, lastHash });
  });

  it('names an edited row', async () => {
    await tamperWithAuditLog((tx) => tx.auditEvent.update({ where: { id: 3n }, data: { actorId: clinic.parent.id } }));
    expect(await verifyAuditChain(2)).toEqual({
      status: 'BROKEN',
      rowCount: 2,
      broken: { id: 3n, problem: 'HASH_MISMATCH' },
    });
  });

  it('names the row after a deleted one', async () => {
    await tamperWithAuditLog((tx) => tx.auditEvent.delete({ where: { id: 4n } }));
    expect(await verifyAuditChain()).toEqual({
      status: 'BROKEN',
      rowCount: 3,
      broken: { id: 5n, problem: 'MISSING_BEFORE', expectedId: 4n },
    });
  });

  it('`npm run audit:verify` names the first broken row and fails', async () => {
    const run = () =>
      spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/audit-verify.ts'], {
        encoding: 'utf8',
        env: process.env,
      });
    const intact = run();
    expect(intact.stdout).toContain('The audit log is intact: 5 row(s)');
    expect(intact.status).toBe(0);

    const rows = await auditRows();
    await tamperWithAuditLog((tx) => tx.auditEvent.update({ where: { id: 2n }, data: { outcome: 'FORBIDDEN' } }));
    const broken = run();
    expect(broken.stderr).toContain(
      'The audit log is broken at row 2: its contents do not match its hash (it was edited).',
    );
    expect(broken.status).toBe(1);
    expect(rows[1]!.outcome).toBe('SUCCESS');
  });
});
