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

// At most 20: the demo clinic's day (08:00-18:00) holds 20 half-hour slots for the one therapist.
const WRITES = Math.min(20, Number(process.env.BENCH_WRITES ?? 20));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 5);

async function actorOf(email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, role: true, name: true, email: true },
  });
  return user;
}

/** Runs `task(i)` for i in 0..count-1 with `connections` at a time; the latency of each, in ms. */
async function concurrently(count: number, connections: number, task: (index: number) => Promise<unknown>) {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      const started = performance.now();
      await task(index);
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return latencies.sort((a, b) => a - b);
}

function slotTime(index: number): string {
  const minutes = 8 * 60 + index * 30;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function percentile(sorted: number[], share: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0);
}

function report(name: string, latencies: number[]): void {
  console.log(
    `${name.padEnd(18)} ${String(latencies.length).padStart(5)} writes  p50 ${percentile(latencies, 0.5)} ms  p97.5 ${percentile(latencies, 0.975)} ms  p99 ${percentile(latencies, 0.99)} ms`,
  );
}

async function main(): Promise<void> {
  const doctor = await actorOf(DEMO_ACCOUNTS.paediatrician.email);
  const admin = await actorOf(DEMO_ACCOUNTS.admin.email);
  // A therapist of the bench's own, so the demo therapist's booked day (or an earlier run's) leaves
  // every slot free.
  const therapistEmail = `bench-therapist-${Date.now()}@clinic.test`;
  await createUser(admin, {
    idempotencyKey: undefined,
    name: 'Bench Therapist',
    email: therapistEmail,
    role: 'THERAPIST',
    password: 'bench-therapist-password',
  });
  const therapist = await actorOf(therapistEmail);
  const today = clinicToday();
  const startDate = today;
  // Arranged first, outside the timing: a child with an open indication for each prescription.
  const indicationIds: string[] = [];
  for (let index = 0; index < WRITES; index += 1) {
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

  const courseIds: string[] = [];
  const prescribing = await concurrently(WRITES, CONNECTIONS, async (index) => {
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
        therapistId: therapist.id,
        homeRoutineNotes: '',
        breakAfterDays: 60,
        contraindications: [],
        screeningConfirmed: true,
        routine: undefined,
        // One therapist takes every course: each starts in its own half-hour slot from 08:00 (the
        // demo clinic is open 08:00-18:00), as the database refuses two sessions at one time.
        startTime: slotTime(index),
        room: '',
      },
      today,
    );
    courseIds.push(id);
  });

  // Today's session of each course: half done, half "unwell" (which shifts the nine after it).
  const sessions = await db.session.findMany({
    where: { courseId: { in: courseIds }, scheduledOn: new Date(`${startDate}T00:00:00Z`) },
    select: { id: true },
  });
  const recording = await concurrently(sessions.length, CONNECTIONS, (index) => {
    const sessionId = (sessions[index] as { id: string }).id;
    return recordSession(
      therapist,
      index % 2
        ? { sessionId, outcome: 'UNWELL', conditions: ['FEVER'] }
        : { sessionId, outcome: 'DONE', actualMinutes: 15, tolerance: 'GOOD', notes: '', wellToday: true },
      today,
    );
  });

  console.log(`\n${CONNECTIONS} concurrent writers, through the use cases:`);
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
