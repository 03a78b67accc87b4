import 'server-only';
import type { Prisma, SessionStatus, Tolerance } from '@/lib/generated/prisma/client';

/** One correction of a session: what it said before, who changed it, when and why. */
export type SessionCorrectionEntry = {
  id: string;
  correctedAt: Date;
  correctedByName: string;
  reason: string;
  previous: {
    status: SessionStatus;
    actualMinutes: number | null;
    tolerance: Tolerance | null;
    notes: string;
    reason: string;
  };
};

/** How every reader loads a session's corrections, newest first. */
export const SESSION_CORRECTIONS_INCLUDE = {
  orderBy: { correctedAt: 'desc' },
  include: { correctedBy: { select: { name: true } } },
} as const satisfies Prisma.Session$correctionsArgs;

type StoredCorrection = Prisma.SessionCorrectionGetPayload<{ include: { correctedBy: { select: { name: true } } } }>;

export function toCorrectionEntry(correction: StoredCorrection): SessionCorrectionEntry {
  return {
    id: correction.id,
    correctedAt: correction.correctedAt,
    correctedByName: correction.correctedBy.name,
    reason: correction.reason,
    previous: {
      status: correction.previousStatus,
      actualMinutes: correction.previousActualMinutes,
      tolerance: correction.previousTolerance,
      notes: correction.previousNotes,
      reason: correction.previousReason,
    },
  };
}
