import { z } from 'zod';
import { translatable } from '@/lib/i18n/translatable';
import { checkbox, optionalText, recordId, requiredText, wholeNumber } from './fields';
import { TOLERANCES } from './form-constants';

const sessionId = recordId('validation.choose.session');
/** Why the record is being changed: kept with the previous values, so the history explains itself. */
const correctionReason = requiredText('correctionReason', 500);

// Done is only ever recorded with the well-before-the-session check (domain.md), corrections too.
const wellBefore = checkbox.pipe(z.literal(true, { error: translatable('validation.session.wellBefore') }));

/** Correcting a recorded session: the new status decides which fields are required, as when recording. */
export const ZCorrectSessionSchema = z.discriminatedUnion(
  'status',
  [
    z.object({
      sessionId,
      correctionReason,
      status: z.literal('DONE'),
      wellBefore,
      // 002: a session is never over 45 minutes, even with gymnastics.
      actualMinutes: wholeNumber('minutes', 1, 45),
      tolerance: z.enum(TOLERANCES, { error: translatable('validation.choose.tolerance') }),
      notes: optionalText('notes', 2000),
    }),
    z.object({ sessionId, correctionReason, status: z.literal('MISSED'), notes: optionalText('notes', 2000) }),
    z.object({ sessionId, correctionReason, status: z.literal('POSTPONED'), reason: requiredText('reason', 500) }),
  ],
  { error: translatable('validation.choose.correctedStatus') },
);

export type CorrectSessionInput = z.infer<typeof ZCorrectSessionSchema>;
