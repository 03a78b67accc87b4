import 'server-only';
import type { EventAlertKind } from '@/lib/domain/alerts';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Stores the alerts an event raised (lib/domain/alerts.ts decides which), in the transaction that
 * records the event, so the alert exists exactly when the event does.
 */
export async function raiseAlerts(
  tx: Prisma.TransactionClient,
  where: { patientId: string; courseId: string; sessionId: string | null },
  kinds: readonly EventAlertKind[],
): Promise<void> {
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
