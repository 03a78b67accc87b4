/**
 * Gives a journey that changes a course a child of its own, so it neither depends on nor
 * spoils the demo children other journeys read. Run with the react-server condition (the use
 * cases are server-only), as e2e/fixtures.ts does:
 *
 *   tsx --conditions=react-server e2e/support/arrange-course.ts HOME|CLINIC <first name> <last name>
 *
 * The child is 10 weeks old, with a daily 10-session preventive course that began three days
 * ago, three sessions done and today's still open: at home with the demo parent as guardian,
 * or at the clinic with the demo therapist. Prints the patient's and the course's ids as JSON.
 */
import type { Actor } from '@/lib/auth/actor';
import { clinicToday } from '@/lib/clinic-time';
import { db } from '@/lib/db';
import { addDays } from '@/lib/domain/calendar-date';
import { prescribeCourse } from '@/lib/server/courses/prescribe-course';
import { recordIndication } from '@/lib/server/indications/record-indication';
import { createPatient } from '@/lib/server/patients/save-patient';
import { DEMO_ACCOUNTS, type DemoAccountKey } from '../../prisma/demo-accounts';
import { recordDone } from '../../prisma/demo-sessions';

async function demoActor(key: DemoAccountKey): Promise<Actor> {
  const { email } = DEMO_ACCOUNTS[key];
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true, email: true, role: true } });
  return user;
}

async function arrange(location: 'HOME' | 'CLINIC', firstName: string, lastName: string) {
  const today = clinicToday();
  const [doctor, parent, therapist] = await Promise.all([demoActor('paediatrician'), demoActor('parent'), demoActor('therapist')]);
  const patient = await createPatient(doctor, {
    firstName, lastName, dateOfBirth: addDays(today, -70), sex: 'FEMALE',
    umbilicalWoundHealedOn: addDays(today, -55), notes: '', guardianIds: [parent.id],
  });
  const indication = await recordIndication(doctor, patient.id, { kind: 'PREVENTIVE', diagnosis: 'Healthy infant: general strengthening massage', diagnosedOn: addDays(today, -4) });
  const course = await prescribeCourse(doctor, {
    indicationId: indication.id, contraindications: [], screeningConfirmed: true, routine: undefined,
    sessionCount: 10, frequency: 'DAILY', weekdays: [], restAfterEvery: undefined, restDays: 1, daysOff: [],
    startDate: addDays(today, -3), location, therapistId: location === 'CLINIC' ? therapist.id : undefined,
    minutesPerSession: 10, homeRoutineNotes: '', breakAfterDays: 91,
  }, today);
  await recordDone(location === 'HOME' ? parent : therapist, course.id, 3, today);
  return { patientId: patient.id, courseId: course.id };
}

const [location, firstName, lastName] = process.argv.slice(2);
if ((location !== 'HOME' && location !== 'CLINIC') || !firstName || !lastName) {
  console.error('usage: arrange-course.ts HOME|CLINIC <first name> <last name>');
  process.exit(2);
}
arrange(location, firstName, lastName)
  .then((ids) => console.log(JSON.stringify(ids)))
  .finally(() => db.$disconnect());
