import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { ACCOUNTS, authorize, indicationScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { addDays, fromIsoDate, toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { MAX_DAYS_MOVED } from '@/lib/domain/clinic-day';
import {
  CORRECT_FIELDS,
  decidePrescription,
  RUNNING_COURSE_MESSAGE,
} from '@/lib/domain/prescription/decide-prescription';
import { draftSchedule } from '@/lib/domain/prescription/schedule-draft';
import { AppError, notFound } from '@/lib/errors';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { createOnce, isUniqueViolation } from '@/lib/server/create-once';
import { getClinicDay } from '@/lib/server/settings/clinic-day';
import { getClinicDefaults } from '@/lib/server/settings/clinic-defaults';
import { readBookings } from '@/lib/server/sessions/list-bookings';
import { isTimeClash, TIME_TAKEN_MESSAGE } from '@/lib/server/sessions/time-clash';
import { countMassageSessionsDone } from './massage-history';
import { refreshNextCourseDue } from './next-course-due';
import type { PrescribeCourseInput } from '@/lib/validation/course';

export type PrescribeCourseResult = { id: string; patientId: string; warnings: string[] };

/**
 * A paediatrician prescribes a course from an indication. `decidePrescription` (the same function
 * the form previews with) refuses it or says what to write; then the course, its screening
 * answers, its routine and every dated session are written together with the audit row, in one
 * transaction, so a course never exists without its schedule.
 */
export async function prescribeCourse(
  actor: Actor,
  input: PrescribeCourseInput,
  today: IsoDate,
): Promise<PrescribeCourseResult> {
  authorize(actor, 'PRESCRIBE_COURSE');

  const indication = await db.indication.findFirst({
    where: { AND: [{ id: input.indicationId }, indicationScope(actor)] },
    select: {
      id: true,
      kind: true,
      diagnosis: true,
      icd10Code: true,
      resolvedOn: true,
      patientId: true,
      patient: { select: { dateOfBirth: true, gestationalAgeDays: true, umbilicalWoundHealedOn: true } },
    },
  });
  if (!indication) throw notFound('INDICATION', input.indicationId);
  const { patient } = indication;
  // Only asked when one is named; the decision refuses an unknown one beside the field.
  const therapist = input.therapistId
    ? await db.user.findFirst({
        where: { id: input.therapistId, ...ACCOUNTS.therapists, deactivatedAt: null },
        select: { id: true },
      })
    : null;

  // Read before the retry's lookup below: a concurrent submit of this same form that commits in
  // between is then returned by that lookup instead of refused as a second running course.
  const hasRunningCourse = (await db.course.count({ where: { indicationId: indication.id, status: 'ACTIVE' } })) > 0;
  // A retry of a form already saved returns its course (its times are now taken by itself), and a
  // second running course for the indication is refused as such rather than for its times.
  const saved = input.idempotencyKey
    ? await db.course.findFirst({
        where: { idempotencyKey: input.idempotencyKey, prescribedById: actor.id },
        select: { id: true, patientId: true },
      })
    : null;
  if (saved) return { ...saved, warnings: [] };

  // The therapist's times over the course, for the free slots (the room's too, where chosen).
  const clinicDay = await getClinicDay();
  const draft = draftSchedule(input, toIsoDate(patient.dateOfBirth));
  const bookings =
    therapist && input.location === 'CLINIC' && draft.ok
      ? await readBookings(
          db,
          { therapistId: therapist.id, room: input.room || null },
          draft.first,
          // Each session may move up to MAX_DAYS_MOVED days, and push the later ones along.
          addDays(draft.last, MAX_DAYS_MOVED * 2),
        )
      : [];

  const decision = decidePrescription({
    values: input,
    child: {
      dateOfBirth: toIsoDate(patient.dateOfBirth),
      gestationalAgeDays: patient.gestationalAgeDays,
      umbilicalWoundHealedOn: patient.umbilicalWoundHealedOn ? toIsoDate(patient.umbilicalWoundHealedOn) : null,
      massageSessionsDone: await countMassageSessionsDone(indication.patientId),
    },
    indication: {
      kind: indication.kind,
      diagnosis: indication.diagnosis,
      icd10Code: indication.icd10Code,
      isResolved: indication.resolvedOn !== null,
      hasRunningCourse,
    },
    isTherapistKnown: therapist !== null,
    defaults: await getClinicDefaults(),
    today,
    clinicDay,
    bookings,
  });
  const { write } = decision;
  if (!write) throw new AppError('INVALID_STATE', decision.message ?? CORRECT_FIELDS, decision.fieldErrors);

  const { startDate, ...course } = write.course;
  const created = await createOnce(
    input.idempotencyKey,
    () =>
      db.$transaction(async (tx) => {
        const created = await tx.course.create({
          data: {
            idempotencyKey: input.idempotencyKey,
            patientId: indication.patientId,
            indicationId: indication.id,
            prescribedById: actor.id,
            ...course,
            startDate: fromIsoDate(startDate),
            screening: { ...write.screening, screenedById: actor.id },
            routine: write.routine,
            sessions: {
              create: write.sessions.map((session) => ({
                scheduledOn: fromIsoDate(session.scheduledOn),
                plannedMinutes: session.plannedMinutes,
                location: course.location,
                startMinute: session.startMinute,
                endMinute: session.endMinute,
                room: session.room,
                // The time it holds, checked by the database (Session_therapist_time_excl).
                therapistId: session.startMinute === null ? null : course.therapistId,
              })),
            },
          },
          select: { id: true, patientId: true },
        });
        await refreshNextCourseDue(tx, created.patientId);
        await recordAudit(tx, actor, {
          action: 'CREATE',
          subject: { type: 'COURSE', id: created.id },
          patientId: created.patientId,
        });
        return created;
      }),
    (key) =>
      db.course.findFirst({
        where: { idempotencyKey: key, prescribedById: actor.id },
        select: { id: true, patientId: true },
      }),
  ).catch((error: unknown) => {
    // Another prescription took one of these times between the check above and this write.
    if (isTimeClash(error)) throw new AppError('CONFLICT', TIME_TAKEN_MESSAGE, { startTime: [TIME_TAKEN_MESSAGE] });
    if (isUniqueViolation(error)) throw runningCourseConflict();
    throw error;
  });
  return { ...created, warnings: decision.warnings };
}

/** Another form prescribed for the indication between this one's check and its write. */
function runningCourseConflict(): AppError {
  return new AppError('CONFLICT', RUNNING_COURSE_MESSAGE, { indicationId: [RUNNING_COURSE_MESSAGE] });
}
