import { createHash } from 'node:crypto';

/**
 * The audit log's hash chain (issue 8, ASVS 16): each sealed row stores the hash of the row
 * before it (`prevHash`) and its own `hash`, a SHA-256 over the previous hash and the row's fields
 * in a fixed order, its place in the chain (`chainId`) among them. Editing a row changes its hash;
 * deleting one breaks the next row's link and leaves a gap in the chain ids, which the sealer gives
 * one after another; moving one changes its chain id, so its hash. The sealer and the verifier
 * both hash with `hashAuditRow`, so they cannot disagree on the form. Rows are appended unsealed
 * and chained shortly after (`sealAuditRows`, lib/server/audit/seal-audit-log.ts).
 */
export type AuditRowFields = {
  chainId: bigint;
  occurredAt: Date;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  patientId: string | null;
  requestId: string | null;
  outcome: string;
  prevHash: string;
};

export type StoredAuditRow = AuditRowFields & { hash: string };

/** Where the chain starts: the first row's previous hash, and the chain id before the first. */
export const CHAIN_START = { chainId: 0n, hash: '0'.repeat(64) } as const;

export type ChainLink = { chainId: bigint; hash: string };

/** A row as appended: every field the hash covers except the chain's own. */
export type UnsealedAuditRow = Omit<AuditRowFields, 'chainId' | 'prevHash'>;

/**
 * Chains `rows`, in the order given, after `previous` (the last sealed row, or `CHAIN_START`):
 * each gets the next chain id, the hash of the row before it and its own hash.
 */
export function sealAuditRows<Row extends UnsealedAuditRow>(
  previous: ChainLink,
  rows: readonly Row[],
): (Row & StoredAuditRow)[] {
  const sealed: (Row & StoredAuditRow)[] = [];
  let link: ChainLink = previous;
  for (const row of rows) {
    const fields = { ...row, chainId: link.chainId + 1n, prevHash: link.hash };
    link = { ...fields, hash: hashAuditRow(fields) };
    sealed.push({ ...fields, hash: link.hash });
  }
  return sealed;
}

/**
 * The text that is hashed: a JSON array, so every field is delimited and typed (null stays
 * distinct from "null") and nothing depends on the order of an object's keys.
 */
export function canonicalAuditRow(row: AuditRowFields): string {
  return JSON.stringify([
    row.prevHash,
    row.chainId.toString(),
    row.occurredAt.toISOString(),
    row.actorId,
    row.actorRole,
    row.action,
    row.entityType,
    row.entityId,
    row.patientId,
    row.requestId,
    row.outcome,
  ]);
}

export function hashAuditRow(row: AuditRowFields): string {
  return createHash('sha256').update(canonicalAuditRow(row)).digest('hex');
}

/** Why a row breaks the chain; the first such row is where the log was tampered with. */
export type ChainBreak =
  /** Chain ids are given one after another: a gap means rows before this one were deleted. */
  | { chainId: bigint; problem: 'MISSING_BEFORE'; expectedChainId: bigint }
  /** The row does not name the hash of the row before it (that row was changed or replaced). */
  | { chainId: bigint; problem: 'PREVIOUS_HASH_MISMATCH' }
  /** The row's own fields no longer give its hash: the row was edited (or moved). */
  | { chainId: bigint; problem: 'HASH_MISMATCH' };

/** Checks one row against the link before it (`CHAIN_START` for the first). */
export function checkAuditLink(previous: ChainLink, row: StoredAuditRow): ChainBreak | null {
  const expectedChainId = previous.chainId + 1n;
  if (row.chainId !== expectedChainId) return { chainId: row.chainId, problem: 'MISSING_BEFORE', expectedChainId };
  if (row.prevHash !== previous.hash) return { chainId: row.chainId, problem: 'PREVIOUS_HASH_MISMATCH' };
  if (hashAuditRow(row) !== row.hash) return { chainId: row.chainId, problem: 'HASH_MISMATCH' };
  return null;
}

export function describeChainBreak(broken: ChainBreak): string {
  switch (broken.problem) {
    case 'MISSING_BEFORE':
      return broken.expectedChainId === broken.chainId - 1n
        ? `row ${broken.chainId}: row ${broken.expectedChainId} before it is missing (deleted)`
        : `row ${broken.chainId}: rows ${broken.expectedChainId} to ${broken.chainId - 1n} before it are missing (deleted)`;
    case 'PREVIOUS_HASH_MISMATCH':
      return `row ${broken.chainId}: it does not carry the hash of the row before it (that row was changed)`;
    case 'HASH_MISMATCH':
      return `row ${broken.chainId}: its contents do not match its hash (it was edited or moved)`;
  }
}
