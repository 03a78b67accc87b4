/**
 * Times the list use cases on whatever the database holds (scripts/seed-large-clinic.ts makes a
 * network-sized clinic), counts their SQL statements and prints EXPLAIN ANALYZE of each, with
 * the same parameters: the figures of issue 11.
 *
 *   DATABASE_URL=… npx tsx --conditions=react-server scripts/measure-large-clinic.ts [--plans]
 */
import pg from 'pg';
import type { Actor } from '@/lib/auth/actor';
import { clinicToday } from '@/lib/clinic-time';
import { db } from '@/lib/db';
import { listPatientsDueForCourse } from '@/lib/server/courses/list-due-courses';
import { listPatients } from '@/lib/server/patients/list-patients';
import { searchGuardians } from '@/lib/server/users/search-guardians';

type Statement = { text: string; values: unknown[] };

const seen: Statement[] = [];
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
// Every statement the app sends goes through a pooled pg.Client; record it, then send it.
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const [first, second] = args;
  if (typeof first === 'string') seen.push({ text: first, values: Array.isArray(second) ? second : [] });
  else if (first && typeof first === 'object' && 'text' in first)
    seen.push({ text: String(first.text), values: (first as { values?: unknown[] }).values ?? [] });
  return query.apply(this, args);
} as typeof pg.Client.prototype.query;

async function measure(name: string, run: () => Promise<unknown>, showPlans: boolean): Promise<void> {
  await run(); // warm: connections, plans, caches
  const times: number[] = [];
  let statements: Statement[] = [];
  for (let round = 0; round < 5; round += 1) {
    seen.length = 0;
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
    statements = [...seen];
  }
  times.sort((a, b) => a - b);
  const app = statements.filter((statement) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(statement.text));
  console.log(`\n## ${name}: median ${times[2]?.toFixed(1)} ms (5 runs), ${app.length} SQL statements`);
  const explainer = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await explainer.connect();
  try {
    for (const statement of app) {
      const plan = await explainer.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, COSTS OFF) ${statement.text}`,
        statement.values,
      );
      const lines = plan.rows.map((row) => row['QUERY PLAN']);
      const execution = lines.find((line) => line.startsWith('Execution Time')) ?? '';
      console.log(`- ${execution}: ${statement.text.replace(/\s+/g, ' ').slice(0, 160)}…`);
      if (showPlans) console.log(lines.map((line) => `    ${line}`).join('\n'));
    }
  } finally {
    await explainer.end();
  }
}

async function main(): Promise<void> {
  const showPlans = process.argv.includes('--plans');
  const doctor = await db.user.findFirstOrThrow({ where: { role: 'PAEDIATRICIAN' } });
  const actor: Actor = { id: doctor.id, role: 'PAEDIATRICIAN', name: doctor.name, email: doctor.email };
  const today = clinicToday();
  console.log(
    `${await db.patient.count()} children, ${await db.course.count()} courses, ${await db.session.count()} sessions`,
  );
  await measure('due list, due now', () => listPatientsDueForCourse(actor, today), showPlans);
  await measure(
    'due list, coming up, page 40',
    () => listPatientsDueForCourse(actor, today, { view: 'upcoming', page: 40 }),
    showPlans,
  );
  await measure('patient list, page 1', () => listPatients(actor, '', 1), showPlans);
  await measure('patient search "anna"', () => listPatients(actor, 'anna', 1), showPlans);
  await measure('patient search "petrov12"', () => listPatients(actor, 'petrov12', 1), showPlans);
  await measure('guardian search "ivanova 12"', () => searchGuardians(actor, 'ivanova 12'), showPlans);
}

main()
  .then(() => db.$disconnect())
  .catch(async (error: unknown) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
