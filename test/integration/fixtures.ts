import type { Actor } from '@/lib/auth/actor';
import type { Role } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { parseIsoDate as iso, toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { prescribeCourse } from '@/lib/server/courses/prescribe-course';
import { recordIndication } from '@/lib/server/indications/record-indication';
import { createPatient } from '@/lib/server/patients/save-patient';
import type { PrescribeCourseInput } from '@/lib/validation/course';
import type { PatientCorrectionInput, PatientInput } from '@/lib/validation/patient';
import { resetDatabase } from '../../prisma/reset-database';

export { db, resetDatabase };

// Hashing is not under test here; a fixed string keeps fixtures fast.
const UNUSED_HASH = 'not-a-real-hash';

export async function createActor(role: Role, name = `${role.toLowerCase()} user`): Promise<Actor> {
  const email = `${name.replace(/\W+/g, '.')}.${Math.random().toString(36).slice(2, 8)}@clinic.test`;
  const user = await db.user.create({ data: { email, name, role, passwordHash: UNUSED_HASH } });
  return { id: user.id, role, name, email };
}

export type Clinic = {
  doctor: Actor;
  therapist: Actor;
  otherTherapist: Actor;
  parent: Actor;
  otherParent: Actor;
  admin: Actor;
};

/** Open every day 07:00 to 21:00, so tests of other rules keep their daily dates through weekends. */
export async function openEveryDay(): Promise<void> {
  await db.clinicSetting.createMany({
    data: ['hoursMon', 'hoursTue', 'hoursWed', 'hoursThu', 'hoursFri', 'hoursSat', 'hoursSun'].map((key) => ({
      key,
      value: '07:00-21:00',
    })),
    skipDuplicates: true,
  });
}

export async function createClinic(): Promise<Clinic> {
  await openEveryDay();
  return {
    doctor: await createActor('PAEDIATRICIAN', 'Dr Test'),
    therapist: await createActor('THERAPIST', 'Therapist One'),
    otherTherapist: await createActor('THERAPIST', 'Therapist Two'),
    parent: await createActor('PARENT', 'Parent One'),
    otherParent: await createActor('PARENT', 'Parent Two'),
    admin: await createActor('ADMIN', 'Admin'),
  };
}

export function patientInput(overrides: Partial<PatientInput> = {}): PatientInput {
  return {
    firstName: 'Test',
    lastName: 'Baby',
    dateOfBirth: iso('2026-08-01'),
    sex: 'FEMALE',
    gestationalAgeDays: undefined,
    umbilicalWoundHealedOn: iso('2026-08-20'),
    notes: '',
    guardianIds: [],
    ...overrides,
  };
}

/** An edit of a patient's details, which is a correction and says why. */
export function patientCorrection(overrides: Partial<PatientInput> = {}): PatientCorrectionInput {
  return { ...patientInput(overrides), correctionReason: 'Typing slip' };
}

let coursesMade = 0;

/**
 * Each course a test makes starts at the next half hour from 07:00 (to 20:30, then again), so
 * courses of one therapist on the same days do not ask for the same time; a test of times names its own.
 */
function nextStartTime(): string {
  const minute = 7 * 60 + (coursesMade++ % 28) * 30;
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

export function courseInput(indicationId: string, overrides: Partial<PrescribeCourseInput> = {}): PrescribeCourseInput {
  return {
    indicationId,
    sessionCount: 10,
    frequency: 'DAILY',
    weekdays: [],
    restAfterEvery: undefined,
    restDays: 1,
    daysOff: [],
    startDate: iso('2026-11-02'),
    location: 'CLINIC',
    minutesPerSession: 15,
    therapistId: undefined,
    homeRoutineNotes: '',
    breakAfterDays: 60,
    contraindications: [],
    screeningConfirmed: true,
    routine: undefined,
    startTime: nextStartTime(),
    room: '',
    ...overrides,
  };
}

/** A patient with an open therapeutic indication, ready for a course. */
export async function createPatientWithIndication(
  clinic: Clinic,
  patient: Partial<PatientInput> = {},
): Promise<{ patientId: string; indicationId: string }> {
  const { id: patientId } = await createPatient(clinic.doctor, patientInput(patient));
  const { id: indicationId } = await recordIndication(clinic.doctor, patientId, {
    kind: 'THERAPEUTIC',
    diagnosis: 'Colic',
    icd10Code: '',
    diagnosedOn: iso('2026-11-01'),
  });
  return { patientId, indicationId };
}

/** The day the integration tests take as today. */
export const TEST_TODAY = iso('2026-11-21');

export async function prescribeClinicCourse(
  clinic: Clinic,
  indicationId: string,
  overrides: Partial<PrescribeCourseInput> = {},
): Promise<string> {
  const { id } = await prescribeCourse(
    clinic.doctor,
    courseInput(indicationId, { therapistId: clinic.therapist.id, ...overrides }),
    TEST_TODAY,
  );
  return id;
}

export async function sessionDates(
  courseId: string,
): Promise<{ id: string; date: IsoDate; status: string; isMakeUp: boolean; plannedMinutes: number }[]> {
  const sessions = await db.session.findMany({ where: { courseId }, orderBy: { scheduledOn: 'asc' } });
  return sessions.map((session) => ({
    id: session.id,
    date: toIsoDate(session.scheduledOn),
    status: session.status,
    isMakeUp: session.isMakeUp,
    plannedMinutes: session.plannedMinutes,
  }));
}
