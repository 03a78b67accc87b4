import { z } from 'zod';
import { checkbox, optionalText, recordId, requiredText, wholeNumber } from './fields';
import { TOLERANCES } from './session';

const sessionId = recordId('Choose the session.');
/** Why the record is being changed: kept with the previous values, so the history explains itself. */
const correctionReason = requiredText('Reason for the correction', 500);

// Done is only ever recorded with the well-before-the-session check (domain.md), corrections too.
const wellBefore = checkbox.pipe(z.literal(true, { error: 'Confirm that the baby was well before this session.' }));

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
      actualMinutes: wholeNumber('Minutes', 1, 45),
      tolerance: z.enum(TOLERANCES, { error: 'Choose how the baby tolerated it.' }),
      notes: optionalText('Notes', 2000),
    }),
    z.object({ sessionId, correctionReason, status: z.literal('MISSED'), notes: optionalText('Notes', 2000) }),
    z.object({ sessionId, correctionReason, status: z.literal('POSTPONED'), reason: requiredText('Reason', 500) }),
  ],
  { error: 'Choose what really happened: done, missed or postponed.' },
);

export type CorrectSessionInput = z.infer<typeof ZCorrectSessionSchema>;
