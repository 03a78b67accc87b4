/**
 * Overload check for a running app (issue 8): 200 clients load the patient list as fast as they
 * can for a while, then the script reports the answers (200, 503…), their latency, and how long
 * after the load stops the list is served normally again.
 *
 *   npm run bench:overload           # against http://localhost:3000 and the demo paediatrician
 *   BENCH_URL=http://localhost:3202 BENCH_EMAIL=… BENCH_PASSWORD=… BENCH_CLIENTS=200 BENCH_SECONDS=10 npm run bench:overload
 */
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../prisma/demo-accounts';
import { signIn } from './bench/sign-in';

const BASE_URL = process.env.BENCH_URL ?? 'http://localhost:3000';
const EMAIL = process.env.BENCH_EMAIL ?? DEMO_ACCOUNTS.paediatrician.email;
const PASSWORD = process.env.BENCH_PASSWORD ?? DEMO_PASSWORD;
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PAGE = '/patients';

type Sample = { status: number; ms: number };

async function load(cookie: string): Promise<Sample> {
  const started = performance.now();
  try {
    const response = await fetch(`${BASE_URL}${PAGE}`, { headers: { Cookie: cookie }, redirect: 'manual' });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started };
  } catch {
    return { status: 0, ms: performance.now() - started };
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function main(): Promise<void> {
  const cookie = await signIn(BASE_URL, EMAIL, PASSWORD);
  const baseline = await load(cookie);
  if (baseline.status !== 200) throw new Error(`${PAGE} answered ${baseline.status} before the load.`);
  console.log(`${PAGE} at ${BASE_URL}: ${baseline.ms.toFixed(0)} ms unloaded; ${CLIENTS} clients for ${SECONDS} s…`);

  const samples: Sample[] = [];
  const until = performance.now() + SECONDS * 1_000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < until) samples.push(await load(cookie));
    }),
  );
  const stoppedAt = performance.now();

  // Recovered: the first answer after the load that is a 200 within twice the unloaded time (at least 1 s).
  let recovered: Sample;
  do recovered = await load(cookie);
  while (recovered.status !== 200 || recovered.ms > Math.max(1_000, 2 * baseline.ms));
  const recoveryMs = performance.now() - stoppedAt;

  const counts = new Map<number, number>();
  for (const { status } of samples) counts.set(status, (counts.get(status) ?? 0) + 1);
  const latencies = (status?: number) =>
    samples
      .filter((sample) => status === undefined || sample.status === status)
      .map((sample) => sample.ms)
      .toSorted((a, b) => a - b);
  const describe = (list: number[]) =>
    list.length ? `p50 ${percentile(list, 0.5).toFixed(0)} ms, p95 ${percentile(list, 0.95).toFixed(0)} ms` : '-';

  console.log(`requests: ${samples.length} (${(samples.length / SECONDS).toFixed(0)}/s)`);
  for (const [status, count] of [...counts].toSorted(([a], [b]) => a - b))
    console.log(`  HTTP ${status || 'failed'}: ${count}  (${describe(latencies(status))})`);
  console.log(`all answers: ${describe(latencies())}`);
  console.log(`back to normal ${recoveryMs.toFixed(0)} ms after the load stopped (${recovered.ms.toFixed(0)} ms page)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
