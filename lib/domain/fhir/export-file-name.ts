import type { IsoDate } from '../calendar-date';

/**
 * The downloaded file's name: the child and the day, e.g. "mia-sokolova-record-2026-11-21.fhir.json",
 * in plain ASCII for every browser and file system; the name as written goes in `filename*`.
 */
export function exportFileName(child: { firstName: string; lastName: string }, on: IsoDate): string {
  const slug = `${child.firstName} ${child.lastName}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'child'}-record-${on}.fhir.json`;
}

/** Content-Disposition for a download: ASCII name for old clients, the UTF-8 name (RFC 6266) for the rest. */
export function attachmentHeader(child: { firstName: string; lastName: string }, on: IsoDate): string {
  const unicodeName = `${child.firstName} ${child.lastName} record ${on}.fhir.json`;
  // encodeURIComponent leaves ' ( ) * as they are; RFC 8187 allows none of them in the value.
  const encoded = encodeURIComponent(unicodeName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${exportFileName(child, on)}"; filename*=UTF-8''${encoded}`;
}
