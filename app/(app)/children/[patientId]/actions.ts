'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { recordId } from '@/lib/validation/fields';
import { recordedOutcomeHref } from '@/components/sessions/recorded-notice';
import { defineAction } from '@/lib/actions/define-action';
import { clinicToday } from '@/lib/clinic-time';
import { recordSession, type SessionOutcome } from '@/lib/server/sessions/record-session';
import { ZRecordHomeSessionSchema, type RecordHomeSessionInput } from '@/lib/validation/session';

// The child's id only says which page to return to; the use case scopes the session itself.
const ZMarkHomeSessionSchema = ZRecordHomeSessionSchema.and(z.object({ patientId: recordId('Choose the child.') }));

function toSessionOutcome(input: RecordHomeSessionInput): SessionOutcome {
  switch (input.outcome) {
    case 'DONE':
      return {
        sessionId: input.sessionId,
        outcome: 'DONE',
        wellToday: input.wellToday,
        actualMinutes: input.actualMinutes ?? null,
        tolerance: input.tolerance,
        notes: input.notes,
      };
    case 'MISSED':
      return { sessionId: input.sessionId, outcome: 'MISSED', notes: input.reason };
    case 'UNWELL':
      return { sessionId: input.sessionId, outcome: 'UNWELL', conditions: input.conditions };
    default: {
      const unknown: never = input;
      throw new Error(`Unknown home session outcome ${JSON.stringify(unknown)}`);
    }
  }
}

export const recordHomeSessionAction = defineAction({
  schema: ZMarkHomeSessionSchema,
  run: (input, actor) => recordSession(actor, toSessionOutcome(input), clinicToday()),
  onSuccess: (result, input) => {
    const childPath = `/children/${encodeURIComponent(input.patientId)}`;
    revalidatePath('/children');
    revalidatePath(childPath);
    revalidatePath(`/courses/${result.courseId}`);
    redirect(
      recordedOutcomeHref(childPath, {
        outcome: input.outcome,
        makeUpOn: result.makeUpOn,
        resumesOn: result.resumesOn,
        isCourseComplete: result.isCourseComplete,
      }),
    );
  },
});
