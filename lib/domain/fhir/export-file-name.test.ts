import { describe, expect, it } from 'vitest';
import { parseIsoDate as iso } from '../calendar-date';
import { attachmentHeader, exportFileName } from './export-file-name';

describe('exportFileName', () => {
  it('names the child and the day in plain ASCII', () => {
    expect(exportFileName({ firstName: 'Zoë', lastName: "O'Brien" }, iso('2026-11-21'))).toBe(
      'zoe-o-brien-record-2026-11-21.fhir.json',
    );
  });

  it('falls back to "child" for a name with no Latin letters, and keeps it in filename*', () => {
    const child = { firstName: 'Мия', lastName: 'Соколова' };
    expect(exportFileName(child, iso('2026-11-21'))).toBe('child-record-2026-11-21.fhir.json');
    expect(attachmentHeader(child, iso('2026-11-21'))).toBe(
      `attachment; filename="child-record-2026-11-21.fhir.json"; filename*=UTF-8''${encodeURIComponent('Мия Соколова record 2026-11-21.fhir.json')}`,
    );
  });
});
