/**
 * Writes what one end-to-end test needs into the database: its own accounts and children, so it
 * neither depends on nor spoils what the tests running beside it read. Accounts are written
 * through Prisma with the app's password hashing (as an admin adding them would leave them); the
 * children, their indications and courses go through the real use cases, so they obey the same
 * rules as real data. Run by e2e/support/factories.ts with the react-server condition (the use
 * cases are server-only):
 *
 *   node --conditions=react-server --import tsx e2e/support/arrange.ts '<plan as JSON>'
 *
 * Prints the accounts' and children's ids as JSON on its last line.
 */
import type { Actor } from '@/lib/auth/actor';
import { hashPassword } from '@/lib/auth/password';
import { clinicToday } from '@/lib/clinic-time';
import { db } from '@/lib/db';
import { addDays } from '@/lib/domain/calendar-date';
import { proposeRoutine, type RoutineStep } from '@/lib/domain/rules';
import { prescribeCourse } from '@/lib/server/courses/prescribe-course';
import { recordIndication } from '@/lib/server/indications/record-indication';
import { createPatient } from '@/lib/server/patients/save-patient';
import { getClinicDefaults } from '@/lib/server/settings/clinic-defaults';
import { recordDone } from '../../prisma/demo-sessions';
import type { ArrangedIds, ChildPlan, CoursePlan, Plan } from './plan';

/**
 * The rule book's proposal for a preventive course at the child's age on the start date, with
 * the doctor's words in place of some steps' directions. A preventive course treats no condition,
 * so its proposal needs nothing the plan does not say.
 */
async function editedRoutine(
  child: ChildPlan,
  course: CoursePlan,
  directions: Record<string, string>,
): Promise<RoutineStep[]> {
  if (child.indication?.kind !== 'PREVENTIVE') throw new Error('Edited directions are arranged on preventive courses.');
  const proposal = proposeRoutine({
    conditions: [],
    atHome: course.location === 'HOME',
    ageDays: child.ageDays - course.startDaysAgo,
    indicationKind: 'PREVENTIVE',
    excludedAreas: [],
    tummyAllowed: true,
    defaults: await getClinicDefaults(),
  });
  return proposal.map((step, index) => ({ ...step, direction: directions[String(index + 1)] ?? step.direction }));
}

async function arrange(plan: Plan): Promise<ArrangedIds> {
  const today = clinicToday();
  const actors: Record<string, Actor> = {};
  for (const [key, account] of Object.entries(plan.accounts)) {
    const { password, deactivated, ...fields } = account;
    const { id } = await db.user.create({
      data: { ...fields, passwordHash: await hashPassword(password), deactivatedAt: deactivated ? new Date() : null },
      select: { id: true },
    });
    actors[key] = { id, ...fields };
  }
  const actor = (key: string): Actor => {
    const found = actors[key];
    if (!found) throw new Error(`The plan has no account "${key}".`);
    return found;
  };

  const children: ArrangedIds['children'] = {};
  let courseIndex = 0;
  for (const [key, child] of Object.entries(plan.children ?? {})) {
    const doctor = actor(child.doctor);
    const dateOfBirth = addDays(today, -child.ageDays);
    const patient = await createPatient(doctor, {
      firstName: child.firstName,
      lastName: child.lastName,
      dateOfBirth,
      sex: child.sex,
      gestationalAgeDays: undefined,
      umbilicalWoundHealedOn: addDays(dateOfBirth, 15),
      notes: '',
      guardianIds: (child.guardians ?? []).map((guardian) => actor(guardian).id),
    });
    children[key] = { patientId: patient.id };
    if (!child.indication) continue;
    const { diagnosedDaysAgo, ...indication } = child.indication;
    const { id: indicationId } = await recordIndication(doctor, patient.id, {
      icd10Code: '',
      ...indication,
      diagnosedOn: addDays(today, -diagnosedDaysAgo),
    });
    children[key] = { patientId: patient.id, indicationId };
    if (!child.course) continue;
    const { startDaysAgo, therapist, done, recordedBy, editedDirections, ...course } = child.course;
    const { id: courseId } = await prescribeCourse(
      doctor,
      {
        ...course,
        indicationId,
        contraindications: [],
        screeningConfirmed: true,
        routine: editedDirections ? await editedRoutine(child, child.course, editedDirections) : undefined,
        // The test's courses of one therapist take turns from 09:00, half an hour apart.
        startTime: `${String(9 + Math.floor(courseIndex / 2)).padStart(2, '0')}:${courseIndex % 2 === 0 ? '00' : '30'}`,
        room: '',
        weekdays: [],
        daysOff: [],
        startDate: addDays(today, -startDaysAgo),
        therapistId: therapist ? actor(therapist).id : undefined,
      },
      today,
    );
    await recordDone(actor(recordedBy), courseId, done, today);
    children[key] = { patientId: patient.id, indicationId, courseId };
    courseIndex += 1;
  }

  return { accounts: Object.fromEntries(Object.entries(actors).map(([key, { id }]) => [key, id])), children };
}

arrange(JSON.parse(process.argv[2] ?? '') as Plan)
  .then((ids) => console.log(JSON.stringify(ids)))
  .finally(() => db.$disconnect());
