import { z } from 'zod';
import { translatable } from '@/lib/i18n/translatable';
import { UNWELL_TODAY_IDS, type ContraindicationId } from '@/lib/domain/rules';
import { NOT_CONFIRMED_WELL_MESSAGE } from '@/lib/domain/session-outcomes';
import { checkbox, listOf, optionalText, optionalWholeNumber, recordId, requiredText, wholeNumber } from './fields';
import { TOLERANCES } from './form-constants';

const sessionId = recordId('validation.choose.session');

const unwellCondition = z
  .string()
  .refine((id) => (UNWELL_TODAY_IDS as string[]).includes(id), translatable('validation.choose.fromList'))
  .transform((id) => id as ContraindicationId);

// Before a session is done, the person doing it confirms the child is well today (domain.md).
const wellToday = checkbox.pipe(z.literal(true, { error: NOT_CONFIRMED_WELL_MESSAGE }));
const unwellConditions = listOf(unwellCondition).refine(
  (ids) => ids.length > 0,
  translatable('validation.session.conditions'),
);

/** Recording a clinic session: what happened decides which fields are required. */
export const ZRecordSessionSchema = z.discriminatedUnion(
  'outcome',
  [
    z.object({
      sessionId,
      outcome: z.literal('DONE'),
      wellToday,
      // 002: a session is never over 45 minutes, even with gymnastics.
      actualMinutes: wholeNumber('minutes', 1, 45),
      tolerance: z.enum(TOLERANCES, { error: translatable('validation.choose.tolerance') }),
      notes: optionalText('notes', 2000),
    }),
    z.object({ sessionId, outcome: z.literal('MISSED'), notes: optionalText('notes', 2000) }),
    z.object({ sessionId, outcome: z.literal('POSTPONED'), reason: requiredText('reason', 500) }),
    z.object({ sessionId, outcome: z.literal('UNWELL'), conditions: unwellConditions }),
  ],
  { error: translatable('validation.choose.outcome') },
);

function homeSessionSchema(wellTodayField: typeof checkbox | typeof wellToday) {
  return z.discriminatedUnion(
    'outcome',
    [
      z.object({
        sessionId,
        outcome: z.literal('DONE'),
        wellToday: wellTodayField,
        actualMinutes: optionalWholeNumber('minutes', 1, 45),
        tolerance: z.enum(TOLERANCES, { error: translatable('validation.choose.homeTolerance') }),
        notes: optionalText('note', 2000),
      }),
      z.object({ sessionId, outcome: z.literal('MISSED'), reason: requiredText('reason', 500) }),
      z.object({ sessionId, outcome: z.literal('UNWELL'), conditions: unwellConditions }),
    ],
    { error: translatable('validation.choose.homeOutcome') },
  );
}

/**
 * A parent's record of a home session: done, missed (with why), or not well today. The well-today
 * tick is asked for today's session only (asksWellToday in lib/domain/session-outcomes.ts), which
 * the server knows from the session, not from the form: the use case requires it for today's.
 */
export const ZRecordHomeSessionSchema = homeSessionSchema(checkbox);
/** The same, as the form of today's session checks it before sending: the tick is required. */
export const ZRecordTodaysHomeSessionSchema = homeSessionSchema(wellToday);

export type RecordSessionInput = z.infer<typeof ZRecordSessionSchema>;
export type RecordHomeSessionInput = z.infer<typeof ZRecordHomeSessionSchema>;
