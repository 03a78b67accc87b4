import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { ACCOUNTS, authorize, indicationScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { fromIsoDate, toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { assessPrescription } from '@/lib/domain/prescription-assessment';
import { generateSchedule } from '@/lib/domain/schedule';
import { AppError, notFound } from '@/lib/errors';
import { getClinicDefaults } from '@/lib/server/settings/clinic-defaults';
import { screeningAnswers, type PrescribeCourseInput } from '@/lib/validation/course';
import { scheduleRulesOf } from './course-rules';

export type PrescribeCourseResult = { id: string; patientId: string; warnings: string[] };

/**
 * A paediatrician prescribes a course from an indication. The rule book checks it first
 * (screening, corrected-age gate, start date, routine); then the course, its screening answers,
 * its routine and every dated session are written together (one nested create is one
 * transaction), so a course never exists without its schedule.
 */
export async function prescribeCourse(actor: Actor, input: PrescribeCourseInput, today: IsoDate): Promise<PrescribeCourseResult> {
  authorize(actor, 'PRESCRIBE_COURSE');

  const indication = await db.indication.findFirst({
    where: { AND: [{ id: input.indicationId }, indicationScope(actor)] },
    select: {
      id: true,
      kind: true,
      diagnosis: true,
      resolvedOn: true,
      patientId: true,
      patient: { select: { dateOfBirth: true, gestationalAgeWeeks: true, umbilicalWoundHealedOn: true } },
    },
  });
  if (!indication) throw notFound('The indication');
  if (indication.resolvedOn) {
    throw new AppError('INVALID_STATE', 'This indication is resolved; record a new one to prescribe a course.', {
      indicationId: ['This indication is resolved.'],
    });
  }
  const { patient } = indication;
  const dateOfBirth = toIsoDate(patient.dateOfBirth);
  if (input.startDate < dateOfBirth) {
    throw new AppError('INVALID_STATE', 'Please correct the highlighted fields.', { startDate: ['The course cannot start before the child was born.'] });
  }
  if (input.therapistId) {
    const therapist = await db.user.findFirst({ where: { id: input.therapistId, ...ACCOUNTS.therapists, deactivatedAt: null }, select: { id: true } });
    if (!therapist) throw new AppError('INVALID_STATE', 'Please correct the highlighted fields.', { therapistId: ['Choose one of the clinic’s therapists.'] });
  }

  const answers = screeningAnswers(input.contraindications);
  const assessment = assessPrescription({
    today,
    startDate: input.startDate,
    child: {
      dateOfBirth,
      gestationalAgeWeeks: patient.gestationalAgeWeeks,
      umbilicalWoundHealedOn: patient.umbilicalWoundHealedOn ? toIsoDate(patient.umbilicalWoundHealedOn) : null,
    },
    indicationKind: indication.kind,
    diagnosis: indication.diagnosis,
    answers,
    minutesPerSession: input.minutesPerSession,
    routine: input.routine ?? null,
    defaults: await getClinicDefaults(),
  });
  if (!assessment.ok) throw new AppError('INVALID_STATE', assessment.message, assessment.fieldErrors);

  const rules = {
    frequency: input.frequency,
    weekdays: input.weekdays,
    restAfterEvery: input.restAfterEvery ?? null,
    restDays: input.restDays,
    daysOff: input.daysOff,
  };
  const dates = generateSchedule(scheduleRulesOf(rules), input.startDate, input.sessionCount);

  const course = await db.course.create({
    data: {
      patientId: indication.patientId,
      indicationId: indication.id,
      prescribedById: actor.id,
      therapistId: input.therapistId ?? null,
      sessionCount: input.sessionCount,
      ...rules,
      startDate: fromIsoDate(input.startDate),
      location: input.location,
      minutesPerSession: input.minutesPerSession,
      homeRoutineNotes: input.homeRoutineNotes,
      breakAfterDays: input.breakAfterDays,
      screening: {
        screenedOn: today,
        screenedById: actor.id,
        answers,
        excludedAreas: assessment.screening.excludedAreas,
        postponedFor: assessment.screening.postponeStart.map((reason) => reason.label),
        warnings: assessment.warnings,
      },
      routine: assessment.routine,
      sessions: { create: dates.map((date) => ({ scheduledOn: fromIsoDate(date), location: input.location })) },
    },
    select: { id: true, patientId: true },
  });
  return { ...course, warnings: assessment.warnings };
}
