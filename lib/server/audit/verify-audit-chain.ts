import 'server-only';
import { db } from '@/lib/db';
import { CHAIN_START, checkAuditLink, type ChainBreak, type ChainLink } from '@/lib/domain/audit-chain';
import { sealAuditLog, sealedRow } from './seal-audit-log';

type ChainWalk =
  /** `lastHash`: the last row's, to keep elsewhere and compare with the next run's chain. */
  | { status: 'INTACT'; rowCount: number; lastHash: string }
  /** `rowCount`: the rows found intact before the first broken one. */
  | { status: 'BROKEN'; rowCount: number; broken: ChainBreak };

/** `unsealedCount`: rows committed after the verifier sealed, which the chain does not cover yet. */
export type ChainVerification = ChainWalk & { unsealedCount: number };

const BATCH_SIZE = 1_000;

/**
 * Seals what is committed (waiting for a running sealer), then walks the whole chain in order and
 * stops at the first row that breaks it (see lib/domain/audit-chain.ts). An operator's check
 * (`npm run audit:verify`), not a role's use case. Rows removed from the end leave no trace in the
 * chain itself: compare the count and the last hash with an earlier run's to see those.
 */
export async function verifyAuditChain(batchSize = BATCH_SIZE): Promise<ChainVerification> {
  await sealAuditLog('WAIT');
  const walked = await walkChain(batchSize);
  const unsealedCount = await db.auditEvent.count({ where: { chainId: null } });
  return { ...walked, unsealedCount };
}

async function walkChain(batchSize: number): Promise<ChainWalk> {
  let previous: ChainLink = CHAIN_START;
  let rowCount = 0;
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: { chainId: { gt: previous.chainId } },
      orderBy: { chainId: 'asc' },
      take: batchSize,
    });
    for (const row of rows.map(sealedRow)) {
      const broken = checkAuditLink(previous, row);
      if (broken) return { status: 'BROKEN', rowCount, broken };
      previous = row;
      rowCount += 1;
    }
    if (rows.length < batchSize) return { status: 'INTACT', rowCount, lastHash: previous.hash };
  }
}
