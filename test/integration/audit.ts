import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { sealAuditLog } from '@/lib/server/audit/seal-audit-log';

/** The audit log, oldest first, as the tests compare it: every committed row, sealed. */
export async function auditRows() {
  await sealAuditLog('WAIT');
  return db.auditEvent.findMany({ orderBy: { sequence: 'asc' } });
}

/**
 * Tampers with the audit log as someone with the database's superuser would: triggers do not
 * fire in a replica session, so the append-only trigger lets the change through.
 */
export async function tamperWithAuditLog(change: (tx: Prisma.TransactionClient) => Promise<unknown>): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe('SET LOCAL session_replication_role = replica');
    await change(tx);
  });
}
