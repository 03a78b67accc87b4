import 'server-only';
import { alertsForRecordedSession, type RecordedSessionEvent } from '@/lib/domain/alerts';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Stores the alerts a recorded session raises (lib/domain/alerts.ts), in the transaction that
 * records it, so the alert exists exactly when the event does.
 */
export async function raiseSessionAlerts(
  tx: Prisma.TransactionClient,
  where: { patientId: string; courseId: string; sessionId: string },
  event: RecordedSessionEvent,
): Promise<void> {
  const kinds = alertsForRecordedSession(event);
  if (kinds.length === 0) return;
  await tx.alert.createMany({
    // The course's report concerns the course, not the last session that completed it.
    data: kinds.map((kind) => ({
      kind,
      patientId: where.patientId,
      courseId: where.courseId,
      sessionId: kind === 'COURSE_COMPLETED' ? null : where.sessionId,
    })),
  });
}
