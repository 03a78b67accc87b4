import { z } from 'zod';
import { isIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { firstValue } from './list-params';

/** Which sessions a dashboard figure counts: see lib/server/dashboard/clinic-session-filter.ts. */
export const SESSION_LIST_OUTCOMES = ['BOOKED', 'DONE', 'MISSED', 'POSTPONED', 'UNRECORDED'] as const;
export type SessionListOutcome = (typeof SESSION_LIST_OUTCOMES)[number];

const day = z.preprocess(
  firstValue,
  z
    .string()
    .refine(isIsoDate)
    .transform((value) => value as IsoDate)
    .optional()
    .catch(undefined),
);

/**
 * The address of the dashboard's session list. An address is shared by hand, so a value that makes
 * no sense is dropped (the page then says which period it shows) instead of failing the page.
 */
export const ZSessionListParams = z.object({
  from: day,
  to: day,
  outcome: z.preprocess(firstValue, z.enum(SESSION_LIST_OUTCOMES).optional().catch(undefined)),
  location: z.preprocess(firstValue, z.enum(['CLINIC', 'HOME']).optional().catch(undefined)),
  // A therapist's id, or "none" for courses with nobody assigned.
  therapist: z.preprocess(
    firstValue,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/)
      .optional()
      .catch(undefined),
  ),
});

export type SessionListParams = z.infer<typeof ZSessionListParams>;
