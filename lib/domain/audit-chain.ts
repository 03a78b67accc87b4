import { createHash } from 'node:crypto';

/**
 * The audit log's hash chain (issue 8, ASVS 16): each row stores the hash of the row before it
 * (`prevHash`) and its own `hash`, a SHA-256 over the previous hash and the row's fields in a
 * fixed order. Editing a row changes its hash; deleting one breaks the next row's link and leaves
 * a gap in the ids, which the writer gives one after another. The writer and the verifier both
 * hash with `hashAuditRow`, so they cannot disagree on the form.
 */
export type AuditRowFields = {
  id: bigint;
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

/** Where the chain starts: the first row's previous hash, and the id before the first. */
export const CHAIN_START = { id: 0n, hash: '0'.repeat(64) } as const;

export type ChainLink = { id: bigint; hash: string };

/**
 * The text that is hashed: a JSON array, so every field is delimited and typed (null stays
 * distinct from "null") and nothing depends on the order of an object's keys.
 */
export function canonicalAuditRow(row: AuditRowFields): string {
  return JSON.stringify([
    row.prevHash,
    row.id.toString(),
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
  /** Ids are given one after another: a gap means rows before this one were deleted. */
  | { id: bigint; problem: 'MISSING_BEFORE'; expectedId: bigint }
  /** The row does not name the hash of the row before it (that row was changed or replaced). */
  | { id: bigint; problem: 'PREVIOUS_HASH_MISMATCH' }
  /** The row's own fields no longer give its hash: the row was edited. */
  | { id: bigint; problem: 'HASH_MISMATCH' };

/** Checks one row against the link before it (`CHAIN_START` for the first). */
export function checkAuditLink(previous: ChainLink, row: StoredAuditRow): ChainBreak | null {
  const expectedId = previous.id + 1n;
  if (row.id !== expectedId) return { id: row.id, problem: 'MISSING_BEFORE', expectedId };
  if (row.prevHash !== previous.hash) return { id: row.id, problem: 'PREVIOUS_HASH_MISMATCH' };
  if (hashAuditRow(row) !== row.hash) return { id: row.id, problem: 'HASH_MISMATCH' };
  return null;
}

export function describeChainBreak(broken: ChainBreak): string {
  switch (broken.problem) {
    case 'MISSING_BEFORE':
      return broken.expectedId === broken.id - 1n
        ? `row ${broken.id}: row ${broken.expectedId} before it is missing (deleted)`
        : `row ${broken.id}: rows ${broken.expectedId} to ${broken.id - 1n} before it are missing (deleted)`;
    case 'PREVIOUS_HASH_MISMATCH':
      return `row ${broken.id}: it does not carry the hash of the row before it (that row was changed)`;
    case 'HASH_MISMATCH':
      return `row ${broken.id}: its contents do not match its hash (it was edited)`;
  }
}
