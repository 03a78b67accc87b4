/**
 * The load bench of issue 11: seeds the demo clinic, starts the production server (it builds one first
 * when there is none, or with --build), counts the SQL statements of each page, grows the database to a clinic
 * network (scripts/seed-large-clinic.ts --keep, the demo users stay as they were), counts again,
 * then loads every page with autocannon and prints req/s, latency, errors and the ratio to a
 * floor route measured in the same run. The result goes to .bench/load-<time>.json and is
 * compared with the previous run's (.bench/latest.json) or with --compare <file>.
 *
 *   npm run bench:load                       # on DATABASE_URL (a *_test database: it is emptied) or an in-memory embedded one
 *   BENCH_SECONDS=10 BENCH_CONNECTIONS=10 BENCH_CHILDREN=10000 BENCH_PORT=3402 npm run bench:load -- [--build] [--with-shedding] [--compare file]
 *     [--only "patient page,course page"]   # these pages only (the floor is always measured)
 *     [--reuse-data]                        # keep a database already grown to BENCH_CHILDREN (no demo-size count)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { db } from '@/lib/db';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccountKey } from '../prisma/demo-accounts';
import { startAppServer } from './bench/app-server';
import {
  changeRows,
  compareRuns,
  floorRatio,
  formatTable,
  growingStatementCounts,
  pageRows,
  type BenchResult,
  type PageFigures,
} from './bench/figures';
import { sampleGroupMemory } from './bench/process-memory';
import { runLoad, type LoadFigures } from './bench/run-load';
import { signIn } from './bench/sign-in';
import { startSqlCounter, type SqlCounter } from './bench/sql-counter';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
// The app admits 20 requests in flight per process (proxy.ts) and sheds the rest with 503: at 10
// the bench measures the pages, not the shedding (that is `npm run bench:overload`).
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const CHILDREN = Number(process.env.BENCH_CHILDREN ?? 10_000);
const PORT = Number(process.env.BENCH_PORT ?? 3402);
const RESULTS = '.bench';
// The server sheds load when its event loop is busy (lib/domain/database-availability.ts); a
// closed-loop bench keeps it busy by design, so by default the bench turns that rule off and
// measures the pages. --with-shedding keeps it: the figures are then the shedding's.
const SHEDDING = process.argv.includes('--with-shedding');
const REUSE_DATA = process.argv.includes('--reuse-data');

function optionValue(name: string): string | undefined {
  const flag = process.argv.indexOf(name);
  return flag === -1 ? undefined : process.argv[flag + 1];
}

/** --only "a,b": the pages named (the floor always, as every ratio needs it). */
function selectedPages(pages: Page[]): Page[] {
  const only = optionValue('--only');
  if (!only) return pages;
  const names = new Set(only.split(',').map((name) => name.trim()));
  const unknown = [...names].filter((name) => !pages.some((page) => page.name === name));
  if (unknown.length) throw new Error(`--only: no page named ${unknown.join(', ')}`);
  return pages.filter((page) => page === FLOOR || names.has(page.name));
}

type Page = { name: string; path: string; role: DemoAccountKey | 'anonymous' };

const FLOOR: Page = { name: 'floor (/api/ping)', path: '/api/ping', role: 'anonymous' };

function run(command: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const [program, ...args] = command as [string, ...string[]];
    const child = spawn(program, args, { stdio: 'inherit', env: process.env });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command.join(' ')} ended with ${code}`))));
  });
}

/** The pages of the issue, with the demo clinic's own records so each page shows a realistic amount. */
async function pagesOfDemoClinic(): Promise<Page[]> {
  const user = (key: DemoAccountKey) => db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[key].email } });
  const [parent, therapist] = [await user('parent'), await user('therapist')];
  const child = await db.guardianship.findFirstOrThrow({ where: { userId: parent.id }, orderBy: { patientId: 'asc' } });
  const course = await db.course.findFirstOrThrow({ where: { therapistId: therapist.id, status: 'ACTIVE' } });
  return [
    FLOOR,
    { name: 'sign-in page', path: '/login', role: 'anonymous' },
    { name: 'patient list', path: '/patients', role: 'paediatrician' },
    { name: 'patient search', path: '/patients?q=anna', role: 'paediatrician' },
    { name: 'patient page', path: `/patients/${child.patientId}`, role: 'paediatrician' },
    { name: 'course page', path: `/courses/${course.id}`, role: 'paediatrician' },
    { name: 'therapist agenda', path: '/sessions', role: 'therapist' },
    { name: 'parent child page', path: `/children/${child.patientId}`, role: 'parent' },
    { name: 'due list', path: '/due', role: 'paediatrician' },
    { name: 'guidelines', path: '/guidelines', role: 'paediatrician' },
  ];
}

/**
 * Statements of one warm request; the count is read once it has stayed still (audit writes may
 * follow the answer). A page that does not answer 200 has no count (null): the bench says so and
 * goes on, so one failing page does not hide the others' figures.
 */
async function statementsOf(url: string, cookie: string | undefined, counter: SqlCounter): Promise<number | null> {
  const get = async () => {
    const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
    await response.arrayBuffer();
    return response.status;
  };
  await get();
  // The fewest of three warm requests: anything else the server sends meanwhile only adds.
  const counts: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    await delay(300);
    counter.reset();
    const status = await get();
    if (status !== 200) {
      console.warn(`${url} answered ${status}: its statements are not counted.`);
      return null;
    }
    let seen = -1;
    while (seen !== counter.count()) {
      seen = counter.count();
      await delay(300);
    }
    counts.push(seen);
  }
  return Math.min(...counts);
}

async function countAll(pages: Page[], baseUrl: string, cookies: Map<string, string>, counter: SqlCounter) {
  const counts = new Map<string, number | null>();
  for (const page of pages)
    counts.set(page.name, await statementsOf(baseUrl + page.path, cookies.get(page.role), counter));
  return counts;
}

function previousResult(): BenchResult | null {
  const file = optionValue('--compare') ?? `${RESULTS}/latest.json`;
  return file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BenchResult) : null;
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set: run through `npm run bench:load`.');
  const startedAt = new Date().toISOString();
  // A build of other sources would measure other pages: --build makes a fresh one.
  if (process.argv.includes('--build') || !existsSync('.next/BUILD_ID')) await run(['npx', 'next', 'build']);
  const isGrown = REUSE_DATA && (await db.patient.count()) >= CHILDREN;
  if (!isGrown) await run(['npx', 'tsx', '--conditions=react-server', 'prisma/seed.ts', '--reset']);
  const pages = selectedPages(await pagesOfDemoClinic());
  const counter = await startSqlCounter(databaseUrl);
  const server = await startAppServer(PORT, counter.url, SHEDDING ? {} : { SHED_ON_BUSY_EVENT_LOOP: 'off' });
  const memory = sampleGroupMemory(server.processGroup);
  try {
    const cookies = new Map<string, string>();
    for (const role of new Set(pages.map((page) => page.role)))
      if (role !== 'anonymous')
        cookies.set(role, await signIn(server.baseUrl, DEMO_ACCOUNTS[role].email, DEMO_PASSWORD));
    const demoCounts = isGrown
      ? new Map<string, number | null>()
      : await countAll(pages, server.baseUrl, cookies, counter);
    if (!isGrown)
      await run([
        'npx',
        'tsx',
        '--conditions=react-server',
        'scripts/seed-large-clinic.ts',
        String(CHILDREN),
        '--keep',
      ]);
    const largeCounts = await countAll(pages, server.baseUrl, cookies, counter);

    const loads: (LoadFigures & { peakRssMb: number; cpuMsPerRequest: number })[] = [];
    for (const page of pages) {
      console.log(`loading ${page.name} for ${SECONDS} s…`);
      memory.resetPeak();
      const cpuBefore = memory.cpuMs();
      const load = await runLoad(
        { url: server.baseUrl + page.path, cookie: cookies.get(page.role) },
        CONNECTIONS,
        SECONDS,
      );
      const answered = Object.values(load.statusCodes).reduce((sum, count) => sum + count, 0);
      const cpuMsPerRequest = answered ? Math.round(((memory.cpuMs() - cpuBefore) / answered) * 10) / 10 : 0;
      loads.push({ ...load, peakRssMb: memory.peakMb(), cpuMsPerRequest });
    }
    // The floor again at the end: on a shared machine the load of other work drifts during a run,
    // and the pages are compared with the mean of the two.
    console.log(`loading ${FLOOR.name} again for ${SECONDS} s…`);
    const floorRuns = [loads[0], await runLoad({ url: server.baseUrl + FLOOR.path }, CONNECTIONS, SECONDS)].map(
      (load) => load?.requestsPerSecond ?? 0,
    );
    const floor = floorRuns.reduce((sum, value) => sum + value, 0) / floorRuns.length;
    const figures: PageFigures[] = pages.map((page, index) => {
      const load = loads[index] as LoadFigures & { peakRssMb: number; cpuMsPerRequest: number };
      return {
        name: page.name,
        path: page.path,
        role: page.role,
        ...load,
        floorRatio: floorRatio(floor, load.requestsPerSecond),
        sqlStatements: { demo: demoCounts.get(page.name) ?? null, large: largeCounts.get(page.name) ?? null },
      };
    });
    const [version] = await db.$queryRaw<{ version: string }[]>`SELECT version()`;
    const address = new URL(databaseUrl);
    const result: BenchResult = {
      version: 1,
      startedAt,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        platform: `${os.platform()} ${os.release()}`,
        node: process.version,
      },
      database: { address: `${address.host}${address.pathname}`, version: version?.version ?? 'unknown' },
      size: {
        children: await db.patient.count(),
        courses: await db.course.count(),
        sessions: await db.session.count(),
      },
      load: { connections: CONNECTIONS, seconds: SECONDS, shedsOnBusyEventLoop: SHEDDING, floorRuns },
      pages: figures,
    };
    report(result, previousResult());
    mkdirSync(RESULTS, { recursive: true });
    const file = `${RESULTS}/load-${startedAt.replace(/[:.]/g, '-')}.json`;
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(`${RESULTS}/latest.json`, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\nwritten to ${file} (and ${RESULTS}/latest.json)`);
  } finally {
    memory.stop();
    await server.stop();
    await counter.close();
  }
}

function report(result: BenchResult, previous: BenchResult | null): void {
  const { machine, size, load } = result;
  console.log(
    `\n${size.children} children, ${size.courses} courses, ${size.sessions} sessions; ${load.connections} connections × ${load.seconds} s${load.shedsOnBusyEventLoop ? ', shedding on a busy event loop' : ''}; ` +
      `${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, ${machine.node}; ${result.database.version.split(',')[0]}`,
  );
  const table = pageRows(result.pages);
  console.log(formatTable(table.header, table.rows));
  const growing = growingStatementCounts(result.pages);
  console.log(
    growing.length
      ? `\nSQL statements grow with the data on: ${growing.map((page) => page.name).join(', ')}`
      : '\nNo page sends more SQL statements at 10k than at demo size.',
  );
  if (previous) {
    const changes = changeRows(compareRuns(previous, result));
    console.log(`\ncompared with the run of ${previous.startedAt}:\n${formatTable(changes.header, changes.rows)}`);
  }
}

main()
  .then(() => db.$disconnect())
  .catch(async (error: unknown) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
