/**
 * A clinic-network-sized database for measuring pages (issue 11): 10,000 children, one course
 * each (two thirds completed, a fifth running, the rest cancelled), 10 sessions a course
 * (100,000), 8,000 parent accounts. Rows go in with createMany, so it takes seconds, not the
 * hours the use cases would; the dates follow the app's own rules (the break after a course is
 * `nextCourseBreakDays`). Test databases only: it empties the database first.
 *
 *   DATABASE_URL=postgresql://…/x_test npx tsx --conditions=react-server scripts/seed-large-clinic.ts [children] [--keep]
 */
import { randomUUID } from 'node:crypto';
import { hashPassword } from '@/lib/auth/password';
import { clinicToday } from '@/lib/clinic-time';
import { db } from '@/lib/db';
import { calendarMonthsBetween, fromIsoDate, addDays, type IsoDate } from '@/lib/domain/calendar-date';
import { DEFAULT_CLINIC_DEFAULTS } from '@/lib/domain/rules/clinic-defaults';
import { nextCourseBreakDays } from '@/lib/domain/rules/course-breaks';
import { childNextCourseDueOn } from '@/lib/domain/next-course-due';
import type { CourseStatus } from '@/lib/generated/prisma/client';
import { DEMO_ACCOUNTS } from '../prisma/demo-accounts';
import { resetDatabase } from '../prisma/reset-database';

const LARGE_CLINIC_PASSWORD = 'large-clinic-2026';
const ARGS = process.argv.slice(2);
// --keep adds the large clinic beside what is there (the load bench keeps the demo clinic's users).
const KEEP = ARGS.includes('--keep');
// With --keep, the demo therapist takes this many running courses (a session each today): a full day's agenda.
const DEMO_THERAPIST_COURSES = 15;
const CHILDREN = Number(ARGS.find((arg) => /^\d+$/.test(arg)) ?? 10_000);
const PARENTS = Math.round(CHILDREN * 0.8);
const SESSIONS_PER_COURSE = 10;
const BATCH = 5_000;
const FIRST_NAMES = ['Anna', 'Boris', 'Clara', 'Daniel', 'Eva', 'Fedor', 'Greta', 'Hugo', 'Irina', 'Jonas'];
const LAST_NAMES = ['Ivanova', 'Petrov', 'Smirnova', 'Kuznetsov', 'Popova', 'Sokolov', 'Lebedeva', 'Novak', 'Meyer'];

/** A deterministic spread, so two runs measure the same data. */
function pick<T>(list: readonly T[], index: number): T {
  return list[index % list.length] as T;
}

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await write(rows.slice(start, start + BATCH));
}

function statusOf(index: number): CourseStatus {
  const slot = index % 100;
  if (slot < 64) return 'COMPLETED';
  if (slot < 84) return 'ACTIVE';
  return 'CANCELLED';
}

async function main(): Promise<void> {
  if (!KEEP) await resetDatabase();
  const today = clinicToday();
  const hash = 'not-a-real-hash';
  // Only the doctor signs in (to time the pages); hashing 8,000 passwords would take minutes.
  const doctorHash = await hashPassword(LARGE_CLINIC_PASSWORD);
  const doctorId = randomUUID();
  const therapistId = randomUUID();
  await db.user.createMany({
    data: [
      { id: doctorId, email: 'doctor@large.test', name: 'Dr Large', role: 'PAEDIATRICIAN', passwordHash: doctorHash },
      {
        id: therapistId,
        email: 'therapist@large.test',
        name: 'Therapist Large',
        role: 'THERAPIST',
        passwordHash: hash,
      },
    ],
  });
  const parentIds = Array.from({ length: PARENTS }, () => randomUUID());
  await inBatches(
    parentIds.map((id, index) => ({
      id,
      email: `parent${index}@large.test`,
      name: `${pick(FIRST_NAMES, index * 7)} ${pick(LAST_NAMES, index)} ${index}`,
      role: 'PARENT' as const,
      passwordHash: hash,
    })),
    (data) => db.user.createMany({ data }),
  );

  const demoTherapist = KEEP
    ? await db.user.findUnique({ where: { email: DEMO_ACCOUNTS.therapist.email }, select: { id: true } })
    : null;
  let demoTherapistCourses = 0;
  const patients = [];
  const guardianships = [];
  const indications = [];
  const courses = [];
  const sessions = [];
  for (let index = 0; index < CHILDREN; index += 1) {
    const patientId = randomUUID();
    const birth = addDays(today, -(60 + (index % 600)));
    guardianships.push({ patientId, userId: pick(parentIds, index) });
    const indicationId = randomUUID();
    indications.push({
      id: indicationId,
      patientId,
      kind: 'PREVENTIVE' as const,
      diagnosis: 'Healthy infant',
      diagnosedOn: fromIsoDate(birth),
      authorId: doctorId,
    });

    const status = statusOf(index);
    // Completed and cancelled courses ran in the last half year; running ones started this week.
    const startDate: IsoDate =
      status === 'ACTIVE' ? addDays(today, -(index % 5)) : addDays(today, -(20 + (index % 160)));
    const lastSessionDate = addDays(startDate, SESSIONS_PER_COURSE - 1);
    const courseId = randomUUID();
    const courseTherapistId =
      demoTherapist && status === 'ACTIVE' && demoTherapistCourses++ < DEMO_THERAPIST_COURSES
        ? demoTherapist.id
        : therapistId;
    const breakAfterDays = nextCourseBreakDays(
      { startDate, lastSessionDate, ageMonthsAtStart: calendarMonthsBetween(birth, startDate) },
      DEFAULT_CLINIC_DEFAULTS,
    );
    // What refreshNextCourseDue stores: every session of a completed course here was done.
    const dueOn = childNextCourseDueOn([{ status, breakAfterDays, lastDoneOn: lastSessionDate }]);
    patients.push({
      id: patientId,
      firstName: pick(FIRST_NAMES, index),
      lastName: `${pick(LAST_NAMES, index * 3)}${index}`,
      dateOfBirth: fromIsoDate(birth),
      sex: index % 2 ? ('MALE' as const) : ('FEMALE' as const),
      umbilicalWoundHealedOn: fromIsoDate(addDays(birth, 20)),
      nextCourseDueOn: dueOn ? fromIsoDate(dueOn) : null,
    });
    courses.push({
      id: courseId,
      patientId,
      indicationId,
      prescribedById: doctorId,
      therapistId: courseTherapistId,
      status,
      sessionCount: SESSIONS_PER_COURSE,
      frequency: 'DAILY' as const,
      weekdays: [],
      daysOff: [],
      startDate: fromIsoDate(startDate),
      location: 'CLINIC' as const,
      minutesPerSession: 15,
      breakAfterDays,
      completedAt: status === 'COMPLETED' ? fromIsoDate(lastSessionDate) : null,
      cancelledAt: status === 'CANCELLED' ? fromIsoDate(addDays(startDate, 4)) : null,
      cancelledById: status === 'CANCELLED' ? doctorId : null,
      cancelReason: status === 'CANCELLED' ? 'Family withdrew.' : '',
    });
    for (let number = 0; number < SESSIONS_PER_COURSE; number += 1) {
      const scheduledOn = addDays(startDate, number);
      const isDone = status === 'COMPLETED' || scheduledOn < today;
      sessions.push({
        courseId,
        scheduledOn: fromIsoDate(scheduledOn),
        location: 'CLINIC' as const,
        status: isDone ? ('DONE' as const) : ('SCHEDULED' as const),
        plannedMinutes: Math.min(5 + number, 15),
        actualMinutes: isDone ? Math.min(5 + number, 15) : null,
        recordedById: isDone ? courseTherapistId : null,
        recordedAt: isDone ? fromIsoDate(scheduledOn) : null,
        wellConfirmedAt: isDone ? fromIsoDate(scheduledOn) : null,
      });
    }
  }
  await inBatches(patients, (data) => db.patient.createMany({ data }));
  await inBatches(guardianships, (data) => db.guardianship.createMany({ data }));
  await inBatches(indications, (data) => db.indication.createMany({ data }));
  await inBatches(courses, (data) => db.course.createMany({ data }));
  await inBatches(sessions, (data) => db.session.createMany({ data }));
  // What autovacuum would do in time: statistics, and the trigram indexes' pending lists merged.
  await db.$executeRawUnsafe('VACUUM ANALYZE');
  console.log(
    `${CHILDREN} children, ${PARENTS} parents, ${courses.length} courses, ${sessions.length} sessions; sign in as doctor@large.test / ${LARGE_CLINIC_PASSWORD}`,
  );
}

main()
  .then(() => db.$disconnect())
  .catch(async (error: unknown) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
