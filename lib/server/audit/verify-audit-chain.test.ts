import { spawnSync } from 'node:child_process';
import { beforeEach, describe, expect, it } from 'vitest';
import { getPatient } from '@/lib/server/patients/get-patient';
import { auditRows, tamperWithAuditLog } from '@/test/integration/audit';
import { createClinic, createPatientWithIndication, db, resetDatabase, type Clinic } from '@/test/integration/fixtures';
import { sealAuditLog } from './seal-audit-log';
import { verifyAuditChain } from './verify-audit-chain';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
  const { patientId } = await createPatientWithIndication(clinic);
  // Five rows: the patient, the indication, three reads.
  for (let read = 0; read < 3; read += 1) await getPatient(clinic.doctor, patientId);
  await sealAuditLog('WAIT');
});

describe("the audit log's protection", () => {
  it('refuses UPDATE, DELETE and TRUNCATE on the audit table from the app connection', async () => {
    await expect(
      db.$executeRaw`UPDATE "AuditEvent" SET "actorId" = 'someone-else' WHERE "chainId" = 2`,
    ).rejects.toThrow(/append-only: UPDATE/);
    await expect(db.auditEvent.delete({ where: { chainId: 2n } })).rejects.toThrow(/append-only: DELETE/);
    await expect(db.$executeRaw`TRUNCATE "AuditEvent"`).rejects.toThrow(/append-only: TRUNCATE/);
    expect(await db.auditEvent.count()).toBe(5);
    expect((await db.auditEvent.findUniqueOrThrow({ where: { chainId: 2n } })).actorId).toBe(clinic.doctor.id);
  });

  it("lets the sealer fill in an unsealed row's chain fields only, and never unseal or reseal a row", async () => {
    const { sequence } = await db.auditEvent.create({
      data: { occurredAt: new Date(), action: 'READ', outcome: 'SUCCESS' },
    });
    await expect(
      db.$executeRaw`UPDATE "AuditEvent" SET "chainId" = 6, "prevHash" = 'x', "hash" = 'y', "actorId" = 'someone' WHERE "sequence" = ${sequence}`,
    ).rejects.toThrow(/append-only: UPDATE/);
    await expect(
      db.$executeRaw`UPDATE "AuditEvent" SET "chainId" = NULL, "prevHash" = NULL, "hash" = NULL WHERE "chainId" = 5`,
    ).rejects.toThrow(/append-only: UPDATE/);
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET "hash" = 'x' WHERE "chainId" = 5`).rejects.toThrow(
      /append-only: UPDATE/,
    );
    expect(await verifyAuditChain()).toMatchObject({ status: 'INTACT', rowCount: 6, unsealedCount: 0 });
  });

  it('finds an intact chain intact, in batches of any size', async () => {
    const lastHash = (await auditRows()).at(-1)!.hash;
    expect(await verifyAuditChain()).toEqual({ status: 'INTACT', rowCount: 5, lastHash, unsealedCount: 0 });
    expect(await verifyAuditChain(2)).toEqual({ status: 'INTACT', rowCount: 5, lastHash, unsealedCount: 0 });
  });

  it('seals what was committed before it checks, sealing in batches of any size', async () => {
    const { patientId } = await createPatientWithIndication(clinic);
    for (let read = 0; read < 4; read += 1) await getPatient(clinic.doctor, patientId);
    await sealAuditLog('WAIT', 2);
    expect(await verifyAuditChain(3)).toMatchObject({ status: 'INTACT', rowCount: 11, unsealedCount: 0 });
  });

  it('names an edited row', async () => {
    await tamperWithAuditLog((tx) =>
      tx.auditEvent.update({ where: { chainId: 3n }, data: { actorId: clinic.parent.id } }),
    );
    expect(await verifyAuditChain(2)).toEqual({
      status: 'BROKEN',
      rowCount: 2,
      broken: { chainId: 3n, problem: 'HASH_MISMATCH' },
      unsealedCount: 0,
    });
  });

  it('names a row moved to another place in the chain', async () => {
    // Rows 3 and 4 swap places, each taking the other's chain id and previous hash.
    const [, , third, fourth] = await auditRows();
    await tamperWithAuditLog(async (tx) => {
      await tx.auditEvent.update({ where: { sequence: third!.sequence }, data: { chainId: 1_000n } });
      await tx.auditEvent.update({
        where: { sequence: fourth!.sequence },
        data: { chainId: 3n, prevHash: third!.prevHash },
      });
      await tx.auditEvent.update({
        where: { sequence: third!.sequence },
        data: { chainId: 4n, prevHash: fourth!.prevHash },
      });
    });
    expect(await verifyAuditChain()).toMatchObject({
      status: 'BROKEN',
      rowCount: 2,
      broken: { chainId: 3n, problem: 'HASH_MISMATCH' },
    });
  });

  // The embedded PGlite is one session that runs a whole transaction before another connection's
  // statement (scripts/pglite-server.ts), so nothing there can run beside an open one.
  it.skipIf(process.env.EMBEDDED_DATABASE)('leaves the row of a transaction still open to a later seal', async () => {
    // A transaction that appended a row and has not committed: the sealer does not see the row.
    let commit!: () => void;
    const open = db.$transaction(async (tx) => {
      await tx.auditEvent.create({ data: { occurredAt: new Date(), action: 'READ', outcome: 'SUCCESS' } });
      await new Promise<void>((resolve) => (commit = resolve));
    });
    await expect.poll(() => commit !== undefined).toBe(true);
    expect(await verifyAuditChain()).toMatchObject({ status: 'INTACT', rowCount: 5, unsealedCount: 0 });
    commit();
    await open;
    expect(await verifyAuditChain()).toMatchObject({ status: 'INTACT', rowCount: 6, unsealedCount: 0 });
  });

  it('names the row after a deleted one', async () => {
    await tamperWithAuditLog((tx) => tx.auditEvent.delete({ where: { chainId: 4n } }));
    expect(await verifyAuditChain()).toEqual({
      status: 'BROKEN',
      rowCount: 3,
      broken: { chainId: 5n, problem: 'MISSING_BEFORE', expectedChainId: 4n },
      unsealedCount: 0,
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
    await tamperWithAuditLog((tx) => tx.auditEvent.update({ where: { chainId: 2n }, data: { outcome: 'FORBIDDEN' } }));
    const broken = run();
    expect(broken.stderr).toContain(
      'The audit log is broken at row 2: its contents do not match its hash (it was edited or moved).',
    );
    expect(broken.status).toBe(1);
    expect(rows[1]!.outcome).toBe('SUCCESS');
  });
});
