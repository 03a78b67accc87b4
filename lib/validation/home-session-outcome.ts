import type { SessionOutcome } from '@/lib/domain/session-outcomes';
import type { RecordHomeSessionInput } from './session';

/** A home session's form, parent's or caregiver's, as the outcome the session rules take. */
export function toSessionOutcome(input: RecordHomeSessionInput): SessionOutcome & { sessionId: string } {
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
