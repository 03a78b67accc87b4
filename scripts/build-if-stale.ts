/**
 * `npm run demo` builds only when the sources changed since the last build: a production build
 * takes minutes on a small machine, and a second start of an unchanged checkout should not pay it.
 * The build's inputs are fingerprinted (scripts/source-fingerprint.ts) and the fingerprint is kept
 * in the build's own directory, so a deleted or foreign build is never taken for a current one.
 *
 * usage: tsx scripts/build-if-stale.ts
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sourceFingerprint } from './source-fingerprint';

function readStamp(file: string): string | null {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

function runBuild(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<void> {
  const root = process.cwd();
  const stamp = path.join(root, process.env.NEXT_DIST_DIR || '.next', 'source-fingerprint');
  const fingerprint = sourceFingerprint(root, process.env);
  if (readStamp(stamp) === fingerprint) {
    console.log('Build: up to date with the sources, not rebuilt.');
    return;
  }
  const exitCode = await runBuild();
  if (exitCode !== 0) process.exit(exitCode);
  writeFileSync(stamp, `${fingerprint}\n`);
}

void main();
