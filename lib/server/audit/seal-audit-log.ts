import 'server-only';
import { db } from '@/lib/db';
import { CHAIN_START, sealAuditRows, type ChainLink, type StoredAuditRow } from '@/lib/domain/audit-chain';
import type { AuditEvent } from '@/lib/generated/prisma/client';
import { lockClinicWide, tryLockClinicWide } from '@/lib/server/locks';

/**
 * Rows are appended to the audit log unchained and without a lock (record-audit.ts), so that a
 * read never waits for another; this chains them afterwards (lib/domain/audit-chain.ts), in the
 * order they were written (a row whose transaction commits later joins the chain later). Until then a row is protected only by the append-only trigger (its
 * migration), not by the chain: someone able to bypass the trigger could alter it unnoticed for
 * that while, at most SEAL_INTERVAL_MS when the server is running.
 */
export const SEAL_INTERVAL_MS = 1_000;

const BATCH_SIZE = 500;

/**
 * `SKIP`: when another sealer is at work, leave the rows to it (the server's interval).
 * `WAIT`: wait for it, then seal what is left (the verifier, which must see every committed row).
 */
export type WhenSealerBusy = 'SKIP' | 'WAIT';

/** A sealed row's chain fields, which the table allows to be null only until it is sealed. */
export function sealedRow(row: AuditEvent): StoredAuditRow {
  const { chainId, prevHash, hash } = row;
  if (chainId === null || prevHash === null || hash === null)
    throw new Error(`Audit row ${row.sequence} is not sealed.`);
  return { ...row, chainId, prevHash, hash };
}

/**
 * One batch, in one transaction under the sealer's lock: the committed unsealed rows by sequence,
 * chained after the last sealed row. Null when skipped because another sealer holds the lock.
 */
async function sealBatch(whenBusy: WhenSealerBusy, batchSize: number): Promise<number | null> {
  return db.$transaction(async (tx) => {
    if (whenBusy === 'WAIT') await lockClinicWide(tx, 'AUDIT_SEALER');
    else if (!(await tryLockClinicWide(tx, 'AUDIT_SEALER'))) return null;
    const last = await tx.auditEvent.findFirst({ where: { chainId: { not: null } }, orderBy: { chainId: 'desc' } });
    const previous: ChainLink = last ? sealedRow(last) : CHAIN_START;
    const rows = await tx.auditEvent.findMany({
      where: { chainId: null },
      orderBy: { sequence: 'asc' },
      take: batchSize,
    });
    if (rows.length === 0) return 0;
    const sealed = sealAuditRows(previous, rows);
    // One statement for the batch; the ids go as text, which the driver adapter sends as they are.
    const updated = await tx.$executeRaw`
      UPDATE "AuditEvent" AS row
         SET "chainId" = link."chainId", "prevHash" = link."prevHash", "hash" = link."hash"
        FROM unnest(${sealed.map((link) => link.sequence.toString())}::bigint[],
                    ${sealed.map((link) => link.chainId.toString())}::bigint[],
                    ${sealed.map((link) => link.prevHash)}::text[],
                    ${sealed.map((link) => link.hash)}::text[]) AS link("sequence", "chainId", "prevHash", "hash")
       WHERE row."sequence" = link."sequence" AND row."chainId" IS NULL`;
    if (updated !== sealed.length) throw new Error(`Sealed ${updated} of ${sealed.length} audit rows; rolled back.`);
    return sealed.length;
  });
}

/** Chains every committed unsealed row, a batch at a time; says how many it sealed. */
export async function sealAuditLog(whenBusy: WhenSealerBusy, batchSize = BATCH_SIZE): Promise<number> {
  // Most runs of the interval find nothing: one indexed look-up then, not a transaction.
  if (!(await db.auditEvent.findFirst({ where: { chainId: null }, select: { sequence: true } }))) return 0;
  let total = 0;
  for (;;) {
    const sealed = await sealBatch(whenBusy, batchSize);
    if (sealed === null) return total;
    total += sealed;
    if (sealed < batchSize) return total;
  }
}

/**
 * Seals every SEAL_INTERVAL_MS in the server (instrumentation.ts), in the background: a failure is
 * logged (once, until a run succeeds) and the next run seals the rows. Not after each append: a
 * seal started after every page read (tried first) raised the bench's statement count of the patient page from 27 to 34 and of
 * the course page from 34 to 41, where one seal a second chains all of that second's rows at once.
 */
export function startAuditSealer(): void {
  let running = false;
  // While the database is down every run fails: said once when it starts failing and once when it works again.
  let failing = false;
  setInterval(() => {
    if (running) return;
    running = true;
    sealAuditLog('SKIP')
      .then(
        () => {
          if (failing) console.info('[audit] Sealing the audit log works again.');
          failing = false;
        },
        (error: unknown) => {
          if (!failing)
            console.error('[audit] Sealing the audit log failed; it is tried again every second, quietly:', error);
          failing = true;
        },
      )
      .finally(() => (running = false));
  }, SEAL_INTERVAL_MS).unref();
}
