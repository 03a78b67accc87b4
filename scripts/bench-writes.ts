/**
 * The write bench of issue 11: prescribing a course and recording a session, each through its use
 * case (what the server action calls after parsing the form), by CONNECTIONS concurrent writers,
 * on the database as it stands (run it after `npm run bench:load`, on the grown clinic). Prints
 * p50/p97.5/p99 of each; the target is p97.5 at most 50 ms at 5 writers.
 *
 *   BENCH_WRITES=200 BENCH_CONNECTIONS=5 tsx scripts/with-database.ts -- npx tsx --conditions=react-server scripts/bench-writes.ts
 */
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { clinicToday } from '@/lib/clinic-time';
import { addDays } from '@/lib/domain/calendar-date';
import { recordIndication } from '@/lib/server/indications/record-indication';
import { createPatient } from '@/lib/server/patients/save-patient';
import { createUser } from '@/lib/server/users/manage-users';
import { prescribeCourse } from '@/lib/server/courses/prescribe-course';
import { recordSession } from '@/lib/server/sessions/record-session';
import { DEMO_ACCOUNTS } from '../prisma/demo-accounts';

const WRITES = Number(process.env.BENCH_WRITES ?? 100);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 5);
// Written first and not timed: the first writes of a process load modules and compile Prisma's
// queries, and with 20 writes the slowest of them was the whole p97.5.
const WARM_UP = CONNECTIONS;
// The demo clinic's day (08:00-18:00) holds 20 half-hour slots: one bench therapist per 20 courses.
const SLOTS_PER_THERAPIST = 20;

async function actorOf(email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, role: true, name: true, email: true },
  });
  return user;
}

type Timings = { latencies: number[]; cpuMsPerWrite: number };

/**
 * Runs `task(i)` for i in from..to-1 with `connections` at a time: the latency of each, in ms, and
 * this process's CPU time per write (on a shared machine the latencies follow the load; the CPU a
 * write costs much less).
 */
async function concurrently(from: number, to: number, connections: number, task: (index: number) => Promise<unknown>) {
  const latencies: number[] = [];
  const cpuBefore = process.cpuUsage();
  let next = from;
  const worker = async () => {
    while (next < to) {
      const index = next++;
      const started = performance.now();
      await task(index);
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const cpu = process.cpuUsage(cpuBefore);
  return {
    latencies: latencies.sort((a, b) => a - b),
    cpuMsPerWrite: (cpu.user + cpu.system) / 1_000 / Math.max(1, latencies.length),
  };
}

function slotTime(index: number): string {
  const minutes = 8 * 60 + index * 30;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function percentile(sorted: number[], share: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0);
}

function report(name: string, { latencies, cpuMsPerWrite }: Timings): void {
  console.log(
    `${name.padEnd(18)} ${String(latencies.length).padStart(5)} writes  p50 ${percentile(latencies, 0.5)} ms  p97.5 ${percentile(latencies, 0.975)} ms  p99 ${percentile(latencies, 0.99)} ms  CPU ${cpuMsPerWrite.toFixed(1)} ms/write`,
  );
}

async function main(): Promise<void> {
  const doctor = await actorOf(DEMO_ACCOUNTS.paediatrician.email);
  const admin = await actorOf(DEMO_ACCOUNTS.admin.email);
  const total = WARM_UP + WRITES;
  // Therapists of the bench's own, so the demo therapist's booked day (or an earlier run's) leaves
  // every slot free.
  const therapists: Actor[] = [];
  for (let index = 0; index < Math.ceil(total / SLOTS_PER_THERAPIST); index += 1) {
    const email = `bench-therapist-${Date.now()}-${index}@clinic.test`;
    await createUser(admin, {
      idempotencyKey: undefined,
      name: `Bench Therapist ${index}`,
      email,
      role: 'THERAPIST',
      password: 'bench-therapist-password',
    });
    therapists.push(await actorOf(email));
  }
  const therapistOf = (index: number) => therapists[Math.floor(index / SLOTS_PER_THERAPIST)] as Actor;
  const today = clinicToday();
  const startDate = today;
  // Arranged first, outside the timing: a child with an open indication for each prescription.
  const indicationIds: string[] = [];
  for (let index = 0; index < total; index += 1) {
    const { id: patientId } = await createPatient(doctor, {
      firstName: 'Bench',
      lastName: `Writes ${index}`,
      dateOfBirth: addDays(today, -90),
      sex: index % 2 ? 'FEMALE' : 'MALE',
      gestationalAgeDays: undefined,
      umbilicalWoundHealedOn: addDays(today, -70),
      notes: '',
      guardianIds: [],
    });
    const { id } = await recordIndication(doctor, patientId, {
      kind: 'THERAPEUTIC',
      diagnosis: 'Colic',
      icd10Code: '',
      diagnosedOn: addDays(today, -5),
    });
    indicationIds.push(id);
  }

  const courses: { id: string; therapist: Actor }[] = [];
  const prescribe = async (index: number) => {
    const { id } = await prescribeCourse(
      doctor,
      {
        indicationId: indicationIds[index] as string,
        sessionCount: 10,
        frequency: 'DAILY',
        weekdays: [],
        restAfterEvery: undefined,
        restDays: 1,
        daysOff: [],
        startDate,
        location: 'CLINIC',
        minutesPerSession: 15,
        therapistId: therapistOf(index).id,
        homeRoutineNotes: '',
        breakAfterDays: 60,
        contraindications: [],
        screeningConfirmed: true,
        routine: undefined,
        // Each of a therapist's courses starts in its own half-hour slot from 08:00 (the demo
        // clinic is open 08:00-18:00), as the database refuses two sessions at one time.
        startTime: slotTime(index % SLOTS_PER_THERAPIST),
        room: '',
      },
      today,
    );
    courses.push({ id, therapist: therapistOf(index) });
  };
  await concurrently(0, WARM_UP, CONNECTIONS, prescribe);
  const prescribing = await concurrently(WARM_UP, total, CONNECTIONS, prescribe);

  // Today's session of each course: half done, half "unwell" (which shifts the nine after it).
  const sessions = await db.session.findMany({
    where: { courseId: { in: courses.map((course) => course.id) }, scheduledOn: new Date(`${startDate}T00:00:00Z`) },
    select: { id: true, courseId: true },
  });
  const therapistByCourse = new Map(courses.map((course) => [course.id, course.therapist]));
  const record = (index: number) => {
    const { id: sessionId, courseId } = sessions[index] as (typeof sessions)[number];
    return recordSession(
      therapistByCourse.get(courseId) as Actor,
      index % 2
        ? { sessionId, outcome: 'UNWELL', conditions: ['FEVER'] }
        : { sessionId, outcome: 'DONE', actualMinutes: 15, tolerance: 'GOOD', notes: '', wellToday: true },
      today,
    );
  };
  await concurrently(0, WARM_UP, CONNECTIONS, record);
  const recording = await concurrently(WARM_UP, sessions.length, CONNECTIONS, record);

  console.log(`\n${CONNECTIONS} concurrent writers, through the use cases (after ${WARM_UP} untimed writes of each):`);
  report('prescribe course', prescribing);
  report('record session', recording);
}

main()
  .then(() => db.$disconnect())
  .catch(async (error: unknown) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
