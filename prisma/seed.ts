/**
 * The demo clinic: one account per role, infants of different ages, courses in different states.
 * Everything goes through the real use cases, so demo data obeys the same rules as real data.
 * Run with the react-server condition (scripts/with-database.ts --seed does), because the use
 * cases are server-only modules.
 *
 *   --reset   empty every table first (tests only; refuses unless the database name ends in "test"
 *             or the database is the embedded one)
 */
import type { Actor } from '@/lib/auth/actor';
import { clinicToday } from '@/lib/clinic-time';
import { db } from '@/lib/db';
import { addDays, type IsoDate } from '@/lib/domain/calendar-date';
import { gestationDays } from '@/lib/domain/age';
import { prescribeCourse } from '@/lib/server/courses/prescribe-course';
import { recordIndication } from '@/lib/server/indications/record-indication';
import { createPatient } from '@/lib/server/patients/save-patient';
import { createUser } from '@/lib/server/users/manage-users';
import type { PrescribeCourseInput } from '@/lib/validation/course';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccountKey } from './demo-accounts';
import { recordDone } from './demo-sessions';
import { resetDatabase } from './reset-database';

async function createAccounts(): Promise<Record<DemoAccountKey, Actor>> {
  // The first admin cannot be created by an admin; this stand-in acts for the clinic's set-up.
  const setUp: Actor = { id: 'set-up', role: 'ADMIN', name: 'Set-up', email: '' };
  const actors = {} as Record<DemoAccountKey, Actor>;
  for (const [key, account] of Object.entries(DEMO_ACCOUNTS) as [
    DemoAccountKey,
    (typeof DEMO_ACCOUNTS)[DemoAccountKey],
  ][]) {
    const { id } = await createUser(setUp, { ...account, password: DEMO_PASSWORD });
    actors[key] = { id, ...account };
  }
  return actors;
}

async function seedDemoClinic(today: IsoDate): Promise<void> {
  // Every demo child was screened and found clear of contraindications.
  const screenedClear = {
    contraindications: [],
    screeningConfirmed: true,
    routine: undefined,
    startTime: '09:00',
    room: '',
  };
  // The demo clinic opens every day, 08:00 to 18:00, so its daily courses (and the end-to-end
  // tests that arrange theirs from today) keep one session a day through weekends.
  await db.clinicSetting.createMany({
    data: ['hoursMon', 'hoursTue', 'hoursWed', 'hoursThu', 'hoursFri', 'hoursSat', 'hoursSun'].map((key) => ({
      key,
      value: '08:00-18:00',
    })),
    skipDuplicates: true,
  });
  const people = await createAccounts();
  const doctor = people.paediatrician;
  const daily: Pick<PrescribeCourseInput, 'frequency' | 'weekdays' | 'restAfterEvery' | 'restDays' | 'daysOff'> = {
    frequency: 'DAILY',
    weekdays: [],
    restAfterEvery: undefined,
    restDays: 1,
    daysOff: [],
  };

  // A healthy 10-week-old on a preventive home course, three sessions ticked by her mother.
  const sofia = await createPatient(doctor, {
    firstName: 'Sofia',
    lastName: 'Ivanova',
    dateOfBirth: addDays(today, -70),
    sex: 'FEMALE',
    umbilicalWoundHealedOn: addDays(today, -55),
    notes: '',
    guardianIds: [people.parent.id],
  });
  const sofiaIndication = await recordIndication(doctor, sofia.id, {
    kind: 'PREVENTIVE',
    diagnosis: 'Healthy infant: general strengthening massage',
    diagnosedOn: addDays(today, -4),
  });
  const sofiaCourse = await prescribeCourse(
    doctor,
    {
      ...screenedClear,
      indicationId: sofiaIndication.id,
      sessionCount: 10,
      ...daily,
      startDate: addDays(today, -3),
      location: 'HOME',
      minutesPerSession: 10,
      homeRoutineNotes: 'Warm room, before the morning feed. Stop if she cries.',
      breakAfterDays: 91,
    },
    today,
  );
  await recordDone(people.parent, sofiaCourse.id, 3, today);

  // A 5-month-old with hypertonia, clinic sessions every other day with the therapist.
  const leo = await createPatient(doctor, {
    firstName: 'Leo',
    lastName: 'Petrov',
    dateOfBirth: addDays(today, -152),
    sex: 'MALE',
    umbilicalWoundHealedOn: addDays(today, -138),
    notes: 'Tense legs, sleeps poorly.',
    guardianIds: [people.otherParent.id],
  });
  const leoIndication = await recordIndication(doctor, leo.id, {
    kind: 'THERAPEUTIC',
    diagnosis: 'Muscle hypertonia of the legs',
    icd10Code: 'P94.1',
    diagnosedOn: addDays(today, -9),
  });
  const leoCourse = await prescribeCourse(
    doctor,
    {
      ...screenedClear,
      indicationId: leoIndication.id,
      sessionCount: 10,
      frequency: 'EVERY_OTHER_DAY',
      weekdays: [],
      // Hypertonia: at most 2 days in a row without a session (001), the other day included.
      restAfterEvery: 5,
      restDays: 1,
      daysOff: [],
      startDate: addDays(today, -6),
      location: 'CLINIC',
      therapistId: people.therapist.id,
      minutesPerSession: 15,
      homeRoutineNotes: '',
      breakAfterDays: 60,
    },
    today,
  );
  await recordDone(people.therapist, leoCourse.id, 2, today);

  // A 9-month-old born at 32 weeks, whose corrective course finished a month ago.
  const mia = await createPatient(doctor, {
    firstName: 'Mia',
    lastName: 'Sokolova',
    dateOfBirth: addDays(today, -275),
    sex: 'FEMALE',
    gestationalAgeDays: gestationDays(32, 0),
    umbilicalWoundHealedOn: addDays(today, -250),
    notes: 'Born at 32 weeks.',
    guardianIds: [people.parent.id],
  });
  const miaIndication = await recordIndication(doctor, mia.id, {
    kind: 'CORRECTIVE',
    diagnosis: 'Hip dysplasia after treatment: consolidate results',
    icd10Code: 'Q65.8',
    diagnosedOn: addDays(today, -45),
  });
  const miaCourse = await prescribeCourse(
    doctor,
    {
      ...screenedClear,
      indicationId: miaIndication.id,
      sessionCount: 10,
      ...daily,
      startDate: addDays(today, -40),
      location: 'CLINIC',
      therapistId: people.therapist.id,
      startTime: '10:00',
      minutesPerSession: 15,
      homeRoutineNotes: '',
      breakAfterDays: 60,
    },
    today,
  );
  await recordDone(people.therapist, miaCourse.id, 10, today);

  // A two-week-old: too young for a course yet.
  await createPatient(doctor, {
    firstName: 'Artem',
    lastName: 'Kuznetsov',
    dateOfBirth: addDays(today, -14),
    sex: 'MALE',
    notes: '',
    guardianIds: [],
  });
}

async function main(): Promise<void> {
  if (process.argv.includes('--reset')) await resetDatabase();
  if ((await db.user.count()) === 0) {
    await seedDemoClinic(clinicToday());
    console.log('Seeded the demo clinic.');
  }
}

main()
  .then(() => db.$disconnect())
  .catch(async (error: unknown) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
