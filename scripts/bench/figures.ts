/**
 * The load bench's figures, kept pure so they can be tested and two result files compared: one
 * page's measurement, its cost relative to the floor route of the same run, and the change
 * between two runs.
 */

/** What autocannon reports that the bench keeps (its `Result`, narrowed). */
export type LoadRun = {
  latency: { p50: number; p97_5: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats?: Record<string, { count: number }>;
};

export type PageFigures = {
  name: string;
  path: string;
  role: string;
  /** 2xx answers per second (see answeredPerSecond); the latencies are of every answer. */
  requestsPerSecond: number;
  p50Ms: number;
  p975Ms: number;
  p99Ms: number;
  /** Answers that were not 2xx (a 503 is the admission limit shedding), plus socket errors and timeouts. */
  errors: number;
  statusCodes: Record<string, number>;
  /** How many times the floor's throughput this page's is short of: floor req/s ÷ page req/s. */
  floorRatio: number;
  sqlStatements: { demo: number | null; large: number | null };
  /** The server's largest resident memory while this page was loaded (absent in older result files). */
  peakRssMb?: number;
  /** The server's CPU time per answer while this page was loaded (absent in older result files). */
  cpuMsPerRequest?: number;
};

export type BenchResult = {
  version: 1;
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; platform: string; node: string };
  /** Where the database ran and what it reported as `version()` (PGlite's names its WASM build). */
  database: { address: string; version: string };
  size: { children: number; courses: number; sessions: number };
  /** floorRuns: the floor's req/s at the start and at the end; the ratios use their mean. */
  load: { connections: number; seconds: number; shedsOnBusyEventLoop: boolean; floorRuns: number[] };
  pages: PageFigures[];
};

export function errorsOf(run: LoadRun): number {
  return run.non2xx + run.errors + run.timeouts;
}

/** Pages answered per second: only the 2xx count, since a 503 costs next to nothing and proves nothing. */
export function answeredPerSecond(statusCodes: Record<string, number>, seconds: number): number {
  const answered = Object.entries(statusCodes)
    .filter(([code]) => code.startsWith('2'))
    .reduce((sum, [, count]) => sum + count, 0);
  return Math.round((answered / seconds) * 10) / 10;
}

export function statusCodesOf(run: LoadRun): Record<string, number> {
  return Object.fromEntries(Object.entries(run.statusCodeStats ?? {}).map(([code, { count }]) => [code, count]));
}

/** Floor req/s ÷ page req/s, two decimals; a page that answered nothing has no finite ratio. */
export function floorRatio(floorRequestsPerSecond: number, pageRequestsPerSecond: number): number {
  if (pageRequestsPerSecond <= 0) return Number.POSITIVE_INFINITY;
  return Math.round((floorRequestsPerSecond / pageRequestsPerSecond) * 100) / 100;
}

/** The statement count must not grow with the data: the pages whose count at 10k exceeds the demo's. */
export function growingStatementCounts(pages: PageFigures[]): PageFigures[] {
  return pages.filter(({ sqlStatements: { demo, large } }) => demo !== null && large !== null && large > demo);
}

export type PageChange = { name: string; requestsPerSecond: number; p97_5: number; floorRatio: number };

/** Relative change per page present in both runs (0.1 = 10 % more); pages only in one run are left out. */
export function compareRuns(before: BenchResult, after: BenchResult): PageChange[] {
  const change = (from: number, to: number) => (from === 0 ? 0 : Math.round(((to - from) / from) * 1000) / 1000);
  return after.pages.flatMap((page) => {
    const old = before.pages.find((candidate) => candidate.name === page.name);
    return old
      ? [
          {
            name: page.name,
            requestsPerSecond: change(old.requestsPerSecond, page.requestsPerSecond),
            p97_5: change(old.p975Ms, page.p975Ms),
            floorRatio: change(old.floorRatio, page.floorRatio),
          },
        ]
      : [];
  });
}

const pad = (cells: string[], widths: number[]) =>
  cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ');

/** A plain-text table, one row per page. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => (row[index] ?? '').length)));
  return [
    pad(header, widths),
    pad(
      widths.map((width) => '-'.repeat(width)),
      widths,
    ),
    ...rows.map((row) => pad(row, widths)),
  ].join('\n');
}

export function pageRows(pages: PageFigures[]): { header: string[]; rows: string[][] } {
  return {
    header: [
      'page',
      'role',
      'req/s',
      'p50 ms',
      'p97.5 ms',
      'p99 ms',
      'errors',
      '× floor',
      'SQL demo',
      'SQL 10k',
      'RSS MB',
    ],
    rows: pages.map((page) => [
      page.name,
      page.role,
      page.requestsPerSecond.toFixed(1),
      String(page.p50Ms),
      String(page.p975Ms),
      String(page.p99Ms),
      String(page.errors),
      page.floorRatio.toFixed(2),
      String(page.sqlStatements.demo ?? '-'),
      String(page.sqlStatements.large ?? '-'),
      String(page.peakRssMb ?? '-'),
      String(page.cpuMsPerRequest ?? '-'),
    ]),
  };
}

export function changeRows(changes: PageChange[]): { header: string[]; rows: string[][] } {
  const percent = (value: number) => `${value > 0 ? '+' : ''}${(value * 100).toFixed(1)} %`;
  return {
    header: ['page', 'req/s', 'p97.5', '× floor'],
    rows: changes.map((c) => [c.name, percent(c.requestsPerSecond), percent(c.p97_5), percent(c.floorRatio)]),
  };
}
