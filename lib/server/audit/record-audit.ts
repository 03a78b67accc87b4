import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { AuditAction, AuditEntity, AuditOutcome, Prisma } from '@/lib/generated/prisma/client';
import { currentRequestId } from '@/lib/server/request-id';

/** Who acted: the signed-in person, or nobody (a sign-in that matched no account). */
export type AuditActor = Pick<Actor, 'id' | 'role'> | null;

/**
 * One event of the audit log. Only ids and enum values: the log must hold no health data and no
 * secrets, so names, diagnoses, notes and emails stay in their own tables and are looked up by id
 * when the log is shown.
 */
export type AuditEventInput = {
  action: AuditAction;
  /** The record; its type alone for a list of every record of that type. */
  subject: { type: AuditEntity; id: string | null } | null;
  /** The child the event concerns, when there is one. */
  patientId: string | null;
  outcome?: AuditOutcome;
};

/**
 * Appends one event to the audit log inside `tx`, the transaction of the change it records, so
 * the change and its row commit or roll back together. It takes no lock: the row is written
 * unchained and the sealer (seal-audit-log.ts) chains it within a second of the commit, so concurrent appends,
 * every page read of a child among them, never wait for each other (lib/server/locks.ts).
 */
export async function recordAudit(
  tx: Prisma.TransactionClient,
  actor: AuditActor,
  event: AuditEventInput,
): Promise<void> {
  const requestId = await currentRequestId();
  await tx.auditEvent.create({
    data: {
      occurredAt: new Date(),
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? null,
      action: event.action,
      entityType: event.subject?.type ?? null,
      entityId: event.subject?.id ?? null,
      patientId: event.patientId,
      requestId,
      outcome: event.outcome ?? 'SUCCESS',
    },
  });
}

/** An event with no change of its own to share a transaction with: a read, a sign-in attempt. */
export async function recordAuditAlone(actor: AuditActor, event: AuditEventInput): Promise<void> {
  await recordAudit(db, actor, event);
}
