import { z } from 'zod';
import { translatable } from '@/lib/i18n/translatable';
import { addMonths, isWeekday, type IsoDate, type Weekday } from '@/lib/domain/calendar-date';
import { COURSE_LIMITS, SESSION_LOCATIONS } from '@/lib/domain/prescription/course-limits';
import { isContraindicationId, type ContraindicationId } from '@/lib/domain/rules';
import { findScheduleRulesProblem, FREQUENCIES } from '@/lib/domain/schedule';
import {
  checkbox,
  idempotencyKey,
  isoDate,
  listOf,
  recordId,
  optionalText,
  optionalWholeNumber,
  wholeNumber,
} from './fields';
import { routineField } from './routine';

const weekday = z.coerce
  .number()
  .refine(isWeekday, translatable('validation.choose.weekdays'))
  .transform((day) => day as Weekday);

/** How far ahead a course may be planned; a later start date is a typing error. */
export const LATEST_START_YEARS_AHEAD = 2;

/** `today` is the clinic's calendar day, so the start date's limit means the same on client and server. */
export function prescribeCourseSchema(today: IsoDate) {
  const latestStart = addMonths(today, 12 * LATEST_START_YEARS_AHEAD);
  return z
    .object({
      idempotencyKey,
      indicationId: recordId('validation.choose.treatedIndication'),
      sessionCount: wholeNumber('sessionCount', COURSE_LIMITS.sessionCount.min, COURSE_LIMITS.sessionCount.max),
      frequency: z.enum(FREQUENCIES, { error: translatable('validation.choose.frequency') }),
      weekdays: listOf(weekday),
      restAfterEvery: optionalWholeNumber(
        'restAfterEvery',
        COURSE_LIMITS.restAfterEvery.min,
        COURSE_LIMITS.restAfterEvery.max,
      ),
      restDays: wholeNumber('restDays', COURSE_LIMITS.restDays.min, COURSE_LIMITS.restDays.max).default(1),
      daysOff: listOf(weekday),
      startDate: isoDate('startDate').refine(
        (date) => date <= latestStart,
        translatable('validation.course.startTooLate', { years: LATEST_START_YEARS_AHEAD }),
      ),
      location: z.enum(SESSION_LOCATIONS, { error: translatable('validation.choose.location') }),
      minutesPerSession: wholeNumber(
        'minutesPerSession',
        COURSE_LIMITS.minutesPerSession.min,
        COURSE_LIMITS.minutesPerSession.max,
      ),
      therapistId: z.preprocess(
        (value) => (value === '' ? undefined : value),
        recordId('validation.choose.therapist').optional(),
      ),
      // Checked against the therapist's free slots by decidePrescription (lib/domain/clinic-day.ts).
      startTime: optionalText('startTime', 5),
      room: optionalText('room', 40),
      homeRoutineNotes: optionalText('homeRoutineNotes', 4000),
      breakAfterDays: wholeNumber('breakAfterDays', COURSE_LIMITS.breakAfterDays.min, COURSE_LIMITS.breakAfterDays.max),
      // The checklist: the items present in this child; every other item was screened and is absent.
      contraindications: listOf(
        z
          .string()
          .refine(isContraindicationId, translatable('validation.course.unknownChecklistItem'))
          .transform((id) => id as ContraindicationId),
      ),
      screeningConfirmed: checkbox.refine(Boolean, translatable('validation.course.screeningConfirmed')),
      routine: routineField,
    })
    .superRefine((course, context) => {
      const problem = findScheduleRulesProblem({
        frequency: course.frequency,
        weekdays: course.weekdays,
        restAfterEvery: course.restAfterEvery ?? null,
        restDays: course.restDays,
        daysOff: course.daysOff,
      });
      if (problem)
        context.addIssue({
          code: 'custom',
          path: [course.frequency === 'WEEKDAYS' ? 'weekdays' : 'daysOff'],
          message: problem,
        });

      if (course.location === 'CLINIC' && !course.therapistId) {
        context.addIssue({
          code: 'custom',
          path: ['therapistId'],
          message: translatable('validation.course.therapistForClinic'),
        });
      }
    });
}

export type PrescribeCourseInput = z.infer<ReturnType<typeof prescribeCourseSchema>>;
