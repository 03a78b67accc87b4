/**
 * Seals the audit log's committed rows, then checks its hash chain (lib/domain/audit-chain.ts) and
 * names the first broken row:
 *
 *   npm run audit:verify
 *
 * Exits 0 when every row is intact, 1 when one is not. Runs with the react-server condition
 * because the database code is a server-only module.
 */
import { describeChainBreak } from '@/lib/domain/audit-chain';
import { verifyAuditChain } from '@/lib/server/audit/verify-audit-chain';

async function main(): Promise<void> {
  const result = await verifyAuditChain();
  if (result.unsealedCount > 0)
    console.log(`${result.unsealedCount} row(s) written meanwhile are waiting to be sealed; not checked yet.`);
  if (result.status === 'INTACT') {
    console.log(
      `The audit log is intact: ${result.rowCount} row(s), each linked to the one before; the last hash is ${result.lastHash}.`,
    );
    process.exit(0);
  }
  console.error(`The audit log is broken at ${describeChainBreak(result.broken)}.`);
  console.error(`The ${result.rowCount} row(s) before it are intact.`);
  process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
