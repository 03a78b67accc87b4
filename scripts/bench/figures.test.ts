import { describe, expect, it } from 'vitest';
import {
  answeredPerSecond,
  compareRuns,
  errorsOf,
  floorRatio,
  formatTable,
  growingStatementCounts,
  statusCodesOf,
  type BenchResult,
  type PageFigures,
} from './figures';

const page = (name: string, overrides: Partial<PageFigures> = {}): PageFigures => ({
  name,
  path: '/',
  role: 'paediatrician',
  requestsPerSecond: 100,
  p50Ms: 10,
  p975Ms: 40,
  p99Ms: 60,
  errors: 0,
  statusCodes: { '200': 1000 },
  floorRatio: 1,
  sqlStatements: { demo: 5, large: 5 },
  ...overrides,
});

const run = (pages: PageFigures[]): BenchResult => ({
  version: 1,
  startedAt: '2026-12-02T08:00:00.000Z',
  machine: { cpus: 2, cpuModel: 'x', memoryGb: 4, platform: 'linux', node: 'v20' },
  database: { address: '127.0.0.1:5432/x_test', version: 'PostgreSQL 15' },
  size: { children: 10_000, courses: 10_000, sessions: 100_000 },
  load: { connections: 10, seconds: 10, shedsOnBusyEventLoop: false, floorRuns: [1000, 1000] },
  pages,
});

describe('load bench figures', () => {
  it('counts non-2xx answers (a 503 when shedding), socket errors and timeouts as errors', () => {
    const result = {
      latency: { p50: 1, p97_5: 2, p99: 3 },
      non2xx: 4,
      errors: 2,
      timeouts: 1,
      statusCodeStats: { '200': { count: 10 }, '503': { count: 4 } },
    };
    expect(errorsOf(result)).toBe(7);
    expect(statusCodesOf(result)).toEqual({ '200': 10, '503': 4 });
    expect(statusCodesOf({ ...result, statusCodeStats: undefined })).toEqual({});
  });

  it('counts only 2xx answers as pages served per second', () => {
    expect(answeredPerSecond({ '200': 95, '204': 5, '503': 400 }, 10)).toBe(10);
    expect(answeredPerSecond({ '503': 400 }, 10)).toBe(0);
  });

  it('gives the floor ratio as floor req/s over page req/s, two decimals', () => {
    expect(floorRatio(1000, 1000)).toBe(1);
    expect(floorRatio(1000, 300)).toBe(3.33);
    expect(floorRatio(1000, 0)).toBe(Number.POSITIVE_INFINITY);
  });

  it('names the pages whose statement count is larger at 10k than at demo size, and only those', () => {
    const pages = [
      page('same'),
      page('fewer', { sqlStatements: { demo: 6, large: 5 } }),
      page('grows', { sqlStatements: { demo: 5, large: 6 } }),
      page('unmeasured', { sqlStatements: { demo: null, large: 9 } }),
    ];
    expect(growingStatementCounts(pages).map((figures) => figures.name)).toEqual(['grows']);
  });

  it('compares two runs page by page as relative changes, leaving out pages only one run has', () => {
    const before = run([page('list'), page('gone')]);
    const after = run([page('list', { requestsPerSecond: 110, p975Ms: 30, floorRatio: 1.5 }), page('new')]);
    expect(compareRuns(before, after)).toEqual([
      { name: 'list', requestsPerSecond: 0.1, p97_5: -0.25, floorRatio: 0.5 },
    ]);
    expect(compareRuns(run([page('list', { requestsPerSecond: 0 })]), after)[0]?.requestsPerSecond).toBe(0);
  });

  it('pads a table to its widest cell per column', () => {
    expect(formatTable(['a', 'bb'], [['ccc', 'd']]).split('\n')).toEqual(['a    bb', '---  --', 'ccc  d ']);
  });
});
