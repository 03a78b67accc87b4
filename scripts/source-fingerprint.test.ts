import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sourceFingerprint } from './source-fingerprint';

let root: string;

function write(file: string, content: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'fingerprint-'));
  write('app/page.tsx', 'export default function Page() {}');
  write('messages/en/common.json', '{"hello":"Hello"}');
  write('package-lock.json', '{}');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('sourceFingerprint', () => {
  it('is the same for the same sources', () => {
    expect(sourceFingerprint(root, {})).toBe(sourceFingerprint(root, {}));
  });

  it('changes with a source file, a catalog, the lockfile or a new file', () => {
    const before = sourceFingerprint(root, {});
    for (const [file, content] of [
      ['app/page.tsx', 'export default function Page() { return null; }'],
      ['messages/en/common.json', '{"hello":"Hi"}'],
      ['package-lock.json', '{"lockfileVersion":3}'],
      ['lib/new.ts', 'export {};'],
    ] as const) {
      write(file, content);
      const after = sourceFingerprint(root, {});
      expect(after, file).not.toBe(before);
    }
  });

  it('changes with a renamed file of the same content', () => {
    const before = sourceFingerprint(root, {});
    rmSync(path.join(root, 'app/page.tsx'));
    write('app/home.tsx', 'export default function Page() {}');
    expect(sourceFingerprint(root, {})).not.toBe(before);
  });

  it('ignores what the build does not read: dependencies, outputs, data, tests and prose', () => {
    const before = sourceFingerprint(root, {});
    write('node_modules/pkg/index.js', 'x');
    write('.next/BUILD_ID', 'abc');
    write('.next-e2e/BUILD_ID', 'abc');
    write('.data/pglite/PG_VERSION', '17');
    write('e2e/journey.spec.ts', 'test');
    write('lib/rule.test.ts', 'test');
    write('README.md', '# changed');
    expect(sourceFingerprint(root, {})).toBe(before);
  });

  it('changes with a NEXT_PUBLIC_ variable, which the build inlines, and not with others', () => {
    const before = sourceFingerprint(root, { DATABASE_URL: 'postgresql://a' });
    expect(sourceFingerprint(root, { DATABASE_URL: 'postgresql://b' })).toBe(before);
    expect(sourceFingerprint(root, { NEXT_PUBLIC_CLINIC: 'x' })).not.toBe(before);
  });
});
