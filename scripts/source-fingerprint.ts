/**
 * A digest of a checkout's build inputs (every source file's path and content, the lockfile, the
 * NEXT_PUBLIC_ variables Next inlines): equal digests mean an equal production build, so
 * scripts/build-if-stale.ts can skip a build of unchanged sources.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** What the production build never reads: dependencies, data, outputs, tests, their tools, prose. */
const NOT_BUILD_INPUT_DIRECTORIES = new Set(['node_modules', '.git', '.data', '.bench', 'e2e', 'playwright-report']);
const NOT_BUILD_INPUT_PREFIXES = ['.next', 'test-results'];
const NOT_BUILD_INPUT_FILE = /(\.(test|bench|spec)\.tsx?|\.md)$/;

function isBuildInput(name: string, isDirectory: boolean): boolean {
  if (isDirectory) {
    return (
      !NOT_BUILD_INPUT_DIRECTORIES.has(name) && !NOT_BUILD_INPUT_PREFIXES.some((prefix) => name.startsWith(prefix))
    );
  }
  return !NOT_BUILD_INPUT_FILE.test(name);
}

function buildInputs(root: string, directory = ''): string[] {
  return readdirSync(path.join(root, directory), { withFileTypes: true })
    .filter((entry) => isBuildInput(entry.name, entry.isDirectory()))
    .flatMap((entry) => {
      const relative = path.join(directory, entry.name);
      if (entry.isDirectory()) return buildInputs(root, relative);
      return entry.isFile() ? [relative] : [];
    });
}

/** A digest of everything a build of `root` depends on; equal digests mean an equal build. */
export function sourceFingerprint(root: string, env: Readonly<Record<string, string | undefined>>): string {
  const hash = createHash('sha256');
  for (const file of buildInputs(root).sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
  }
  const inlined = Object.keys(env)
    .filter((name) => name.startsWith('NEXT_PUBLIC_'))
    .sort()
    .map((name) => `${name}=${env[name]}`);
  hash.update(inlined.join('\0'));
  return hash.digest('hex');
}
