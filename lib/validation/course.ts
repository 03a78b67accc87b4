import { z } from 'zod';
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
  .refine(isWeekday, 'Choose days of the week.')
  .transform((day) => day as Weekday);

/** How far ahead a course may be planned; a later start date is a typing error. */
export const LATEST_START_YEARS_AHEAD = 2;

/** `today` is the clinic's calendar day, so the start date's limit means the same on client and server. */
export function prescribeCourseSchema(today: IsoDate) {
  const latestStart = addMonths(today, 12 * LATEST_START_YEARS_AHEAD);
  return z
    .object({
      idempotencyKey,
      indicationId: recordId('Choose the indication this course treats.'),
      sessionCount: wholeNumber('Number of sessions', COURSE_LIMITS.sessionCount.min, COURSE_LIMITS.sessionCount.max),
      frequency: z.enum(FREQUENCIES, { error: 'Choose how often sessions happen.' }),
      weekdays: listOf(weekday),
      restAfterEvery: optionalWholeNumber(
        'Rest after every',
        COURSE_LIMITS.restAfterEvery.min,
        COURSE_LIMITS.restAfterEvery.max,
      ),
      restDays: wholeNumber('Rest days', COURSE_LIMITS.restDays.min, COURSE_LIMITS.restDays.max).default(1),
      daysOff: listOf(weekday),
      startDate: isoDate('Start date').refine(
        (date) => date <= latestStart,
        `Start date cannot be more than ${LATEST_START_YEARS_AHEAD} years ahead.`,
      ),
      location: z.enum(SESSION_LOCATIONS, { error: 'Choose clinic or home.' }),
      minutesPerSession: wholeNumber(
        'Minutes per session',
        COURSE_LIMITS.minutesPerSession.min,
        COURSE_LIMITS.minutesPerSession.max,
      ),
      therapistId: z.preprocess(
        (value) => (value === '' ? undefined : value),
        recordId('Choose a therapist.').optional(),
      ),
      // Checked against the therapist's free slots by decidePrescription (lib/domain/clinic-day.ts).
      startTime: optionalText('Start time', 5),
      room: optionalText('Room', 40),
      homeRoutineNotes: optionalText('Notes for the home routine', 4000),
      breakAfterDays: wholeNumber(
        'Break before the next course',
        COURSE_LIMITS.breakAfterDays.min,
        COURSE_LIMITS.breakAfterDays.max,
      ),
      // The checklist: the items present in this child; every other item was screened and is absent.
      contraindications: listOf(
        z
          .string()
          .refine(isContraindicationId, 'Unknown checklist item.')
          .transform((id) => id as ContraindicationId),
      ),
      screeningConfirmed: checkbox.refine(
        Boolean,
        'Confirm that you screened the child for every item of the checklist.',
      ),
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
        context.addIssue({ code: 'custom', path: ['therapistId'], message: 'Assign a therapist for clinic sessions.' });
      }
    });
}

export type PrescribeCourseInput = z.infer<ReturnType<typeof prescribeCourseSchema>>;
