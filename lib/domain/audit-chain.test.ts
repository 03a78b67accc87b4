import { describe, expect, it } from 'vitest';
import {
  canonicalAuditRow,
  CHAIN_START,
  checkAuditLink,
  describeChainBreak,
  hashAuditRow,
  sealAuditRows,
  type AuditRowFields,
  type StoredAuditRow,
  type UnsealedAuditRow,
} from './audit-chain';

function row(chainId: bigint, prevHash: string, overrides: Partial<AuditRowFields> = {}): StoredAuditRow {
  const fields: AuditRowFields = {
    chainId,
    occurredAt: new Date('2026-12-02T07:30:00.123Z'),
    actorId: 'user-1',
    actorRole: 'PAEDIATRICIAN',
    action: 'READ',
    entityType: 'PATIENT',
    entityId: 'patient-1',
    patientId: 'patient-1',
    requestId: 'request-1',
    outcome: 'SUCCESS',
    prevHash,
    ...overrides,
  };
  return { ...fields, hash: hashAuditRow(fields) };
}

/** A row as appended, before it is sealed. */
function unsealed(entityId: string): UnsealedAuditRow {
  const { chainId: _chainId, prevHash: _prevHash, hash: _hash, ...fields } = row(0n, CHAIN_START.hash, { entityId });
  return fields;
}

function chain(length: number): StoredAuditRow[] {
  const rows: StoredAuditRow[] = [];
  let previous: { hash: string } = CHAIN_START;
  for (let id = 1n; id <= BigInt(length); id += 1n) {
    const next = row(id, previous.hash, { entityId: `patient-${id}` });
    rows.push(next);
    previous = next;
  }
  return rows;
}

describe('the audit hash chain', () => {
  it('hashes a fixed text of every field, in a fixed order, as SHA-256 hex', () => {
    const first = row(1n, CHAIN_START.hash);
    expect(canonicalAuditRow(first)).toBe(
      `["${'0'.repeat(64)}","1","2026-12-02T07:30:00.123Z","user-1","PAEDIATRICIAN","READ","PATIENT","patient-1","patient-1","request-1","SUCCESS"]`,
    );
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('tells a missing value from the text "null", and a moved value from its neighbour', () => {
    const base = row(1n, CHAIN_START.hash, { requestId: null });
    expect(row(1n, CHAIN_START.hash, { requestId: 'null' }).hash).not.toBe(base.hash);
    expect(row(1n, CHAIN_START.hash, { entityId: 'patient-1', patientId: null }).hash).not.toBe(
      row(1n, CHAIN_START.hash, { entityId: null, patientId: 'patient-1' }).hash,
    );
  });

  it('accepts an intact chain from its start', () => {
    const rows = chain(3);
    expect(checkAuditLink(CHAIN_START, rows[0]!)).toBeNull();
    expect(checkAuditLink(rows[0]!, rows[1]!)).toBeNull();
    expect(checkAuditLink(rows[1]!, rows[2]!)).toBeNull();
  });

  it('names an edited row', () => {
    const [first, second] = chain(2);
    const edited = { ...second!, actorId: 'someone-else' };
    expect(checkAuditLink(first!, edited)).toEqual({ chainId: 2n, problem: 'HASH_MISMATCH' });
  });

  it('names the row after one that was edited and re-hashed', () => {
    const [first, second, third] = chain(3);
    const rehashed = row(2n, first!.hash, { actorId: 'someone-else' });
    expect(checkAuditLink(first!, rehashed)).toBeNull();
    expect(checkAuditLink(rehashed, third!)).toEqual({ chainId: 3n, problem: 'PREVIOUS_HASH_MISMATCH' });
    expect(checkAuditLink(second!, third!)).toBeNull();
  });

  it('names the row after a deleted one, and a chain whose first rows are gone', () => {
    const [first, , third] = chain(3);
    expect(checkAuditLink(first!, third!)).toEqual({ chainId: 3n, problem: 'MISSING_BEFORE', expectedChainId: 2n });
    expect(checkAuditLink(CHAIN_START, third!)).toEqual({
      chainId: 3n,
      problem: 'MISSING_BEFORE',
      expectedChainId: 1n,
    });
  });

  it('seals rows in the order given, each after the one before, as a chain the checks accept', () => {
    const [first, second] = chain(2);
    const sealed = sealAuditRows(second!, [unsealed('patient-3'), unsealed('patient-4')]);
    expect(sealed.map((link) => link.chainId)).toEqual([3n, 4n]);
    expect(sealed[0]!.prevHash).toBe(second!.hash);
    expect(sealed[1]!.prevHash).toBe(sealed[0]!.hash);
    expect(checkAuditLink(second!, sealed[0]!)).toBeNull();
    expect(checkAuditLink(sealed[0]!, sealed[1]!)).toBeNull();
    expect(sealAuditRows(CHAIN_START, [first!])[0]!.hash).toBe(first!.hash);
    expect(sealAuditRows(second!, [])).toEqual([]);
  });

  it('names a row moved to another place in the chain, though its neighbours were re-linked', () => {
    const [first, second, third] = chain(3);
    // Rows 2 and 3 swapped: each given the other's chain id and previous hash.
    const moved = { ...third!, chainId: 2n, prevHash: first!.hash };
    expect(checkAuditLink(first!, moved)).toEqual({ chainId: 2n, problem: 'HASH_MISMATCH' });
    expect(checkAuditLink(moved, { ...second!, chainId: 3n })).toEqual({
      chainId: 3n,
      problem: 'PREVIOUS_HASH_MISMATCH',
    });
  });

  it('says what broke in words', () => {
    expect(describeChainBreak({ chainId: 3n, problem: 'MISSING_BEFORE', expectedChainId: 2n })).toBe(
      'row 3: row 2 before it is missing (deleted)',
    );
    expect(describeChainBreak({ chainId: 5n, problem: 'MISSING_BEFORE', expectedChainId: 2n })).toBe(
      'row 5: rows 2 to 4 before it are missing (deleted)',
    );
    expect(describeChainBreak({ chainId: 2n, problem: 'HASH_MISMATCH' })).toBe(
      'row 2: its contents do not match its hash (it was edited or moved)',
    );
  });
});
