import 'server-only';
import { db } from '@/lib/db';
import { CHAIN_START, checkAuditLink, type ChainBreak, type ChainLink } from '@/lib/domain/audit-chain';

export type ChainVerification =
  /** `lastHash`: the last row's, to keep elsewhere and compare with the next run's chain. */
  | { status: 'INTACT'; rowCount: number; lastHash: string }
  /** `rowCount`: the rows found intact before the first broken one. */
  | { status: 'BROKEN'; rowCount: number; broken: ChainBreak };

const BATCH_SIZE = 1_000;

/**
 * Walks the whole audit log in order and stops at the first row that breaks the chain (see
 * lib/domain/audit-chain.ts). An operator's check (`npm run audit:verify`), not a role's use case.
 * Rows removed from the end leave no trace in the chain itself: compare the count and the last
 * hash with an earlier run's to see those.
 */
export async function verifyAuditChain(batchSize = BATCH_SIZE): Promise<ChainVerification> {
  let previous: ChainLink = CHAIN_START;
  let rowCount = 0;
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: { id: { gt: previous.id } },
      orderBy: { id: 'asc' },
      take: batchSize,
    });
    for (const row of rows) {
      const broken = checkAuditLink(previous, row);
      if (broken) return { status: 'BROKEN', rowCount, broken };
      previous = row;
      rowCount += 1;
    }
    if (rows.length < batchSize) return { status: 'INTACT', rowCount, lastHash: previous.hash };
  }
}
