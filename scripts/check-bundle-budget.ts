/**
 * Fails when a page's first-load JavaScript exceeds the budget (issue 11: 150 kB gzip): the
 * framework's chunks every page loads (build-manifest.json's rootMainFiles) plus the chunks of the
 * page's own layouts, boundaries and page (its client reference manifest's entryJSFiles), each
 * gzipped. The polyfills are left out: they load only in browsers without modules. Run after
 * `next build`:  tsx scripts/check-bundle-budget.ts [--budget-kb 150]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { runInNewContext } from 'node:vm';

const BUILD = process.env.NEXT_DIST_DIR || '.next';
const budgetFlag = process.argv.indexOf('--budget-kb');
const BUDGET_KB = budgetFlag === -1 ? 150 : Number(process.argv[budgetFlag + 1]);

type ClientManifest = { entryJSFiles?: Record<string, string[]> };

function manifestsUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return manifestsUnder(full);
    return entry.name === 'page_client-reference-manifest.js' ? [full] : [];
  });
}

/** The manifest is a script that assigns to globalThis.__RSC_MANIFEST[route]. */
function readClientManifest(file: string): [string, ClientManifest][] {
  const sandbox = { globalThis: { __RSC_MANIFEST: {} as Record<string, ClientManifest> } };
  runInNewContext(readFileSync(file, 'utf8'), sandbox);
  return Object.entries(sandbox.globalThis.__RSC_MANIFEST);
}

const gzippedSizes = new Map<string, number>();
function gzippedBytes(chunk: string): number {
  const file = path.join(BUILD, chunk.replace(/^\/?_next\//, ''));
  let size = gzippedSizes.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file)).length;
    gzippedSizes.set(file, size);
  }
  return size;
}

function main(): void {
  const buildManifest = JSON.parse(readFileSync(path.join(BUILD, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles: string[];
  };
  const rows = manifestsUnder(path.join(BUILD, 'server', 'app'))
    .flatMap(readClientManifest)
    .map(([route, manifest]) => {
      const chunks = new Set(buildManifest.rootMainFiles.map((chunk) => chunk.replace(/^\/?_next\//, '')));
      for (const files of Object.values(manifest.entryJSFiles ?? {}))
        for (const chunk of files) chunks.add(chunk.replace(/^\/?_next\//, ''));
      const bytes = [...chunks].reduce((sum, chunk) => sum + gzippedBytes(chunk), 0);
      return { route, kb: Math.round(bytes / 100) / 10 };
    });
  if (rows.length === 0) throw new Error(`No page manifests under ${BUILD}/server/app: run \`next build\` first.`);
  rows.sort((a, b) => b.kb - a.kb);
  for (const row of rows) console.log(`${row.kb.toFixed(1).padStart(6)} kB  ${row.route}`);
  const over = rows.filter((row) => row.kb > BUDGET_KB);
  if (over.length > 0) {
    console.error(`\n${over.length} page(s) load more than ${BUDGET_KB} kB of gzipped JavaScript first:`);
    for (const row of over) console.error(`  ${row.route} (${row.kb.toFixed(1)} kB)`);
    process.exit(1);
  }
  console.log(`\nEvery page loads at most ${BUDGET_KB} kB of gzipped JavaScript first.`);
}

main();
