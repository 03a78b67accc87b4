import { createHash } from 'node:crypto';

/**
 * The export's resource ids: a name-based UUID (RFC 9562 version 5) of the record's kind and its
 * id in the app, so the same record gets the same id in every export (a receiving system can
 * update rather than duplicate) and nothing else shares it. The app's own id travels beside it as
 * an identifier.
 */
const EXPORT_NAMESPACE = Buffer.from('5d0c4c7e8a1b4f7e9d3a6b2f1c0e8a47', 'hex');

export function stableUuid(kind: string, appId: string): string {
  const hash = createHash('sha1').update(EXPORT_NAMESPACE).update(`${kind}/${appId}`).digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The reference to a resource of the Bundle: every entry's fullUrl is its urn:uuid. */
export function urnOf(uuid: string): string {
  return `urn:uuid:${uuid}`;
}
