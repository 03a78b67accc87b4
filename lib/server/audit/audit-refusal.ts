import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { isAppError, type RefusedSubject } from '@/lib/errors';
import { recordAuditAlone } from './record-audit';

/**
 * The child a refused record belongs to, or undefined when no such record exists. Read without the
 * actor's scope: this is the log's own look-up, and nothing of it goes back to the actor.
 */
async function patientOf(subject: RefusedSubject): Promise<string | null | undefined> {
  const { id } = subject;
  switch (subject.type) {
    case 'PATIENT':
      return (await db.patient.findUnique({ where: { id }, select: { id: true } }))?.id;
    case 'INDICATION':
      return (await db.indication.findUnique({ where: { id }, select: { patientId: true } }))?.patientId;
    case 'COURSE':
      return (await db.course.findUnique({ where: { id }, select: { patientId: true } }))?.patientId;
    case 'SESSION':
      return (await db.session.findUnique({ where: { id }, select: { course: { select: { patientId: true } } } }))
        ?.course.patientId;
    case 'ACCOUNT':
      return (await db.user.findUnique({ where: { id }, select: { id: true } })) ? null : undefined;
    case 'CARE_LINK':
      return (await db.careLink.findUnique({ where: { id }, select: { patientId: true } }))?.patientId;
    case 'CLINIC_SETTINGS':
    case 'PAGE':
    case 'PERMISSION':
      return null;
  }
}

/**
 * Records a refused access: a permission the actor lacks (FORBIDDEN), a page their role may not
 * open, or a record that exists but lies outside their reach (NOT_FOUND; an id that matches
 * nothing is not an access to anything and is left out). Called where refusals are caught, after
 * any transaction of the use case has rolled back, so the row stays. Failing to write it does not
 * change the answer, which is a refusal either way: it is logged instead.
 */
export async function recordRefusal(
  actor: Actor | null,
  outcome: 'FORBIDDEN' | 'NOT_FOUND',
  subject: RefusedSubject,
): Promise<void> {
  try {
    const patientId = await patientOf(subject);
    if (patientId === undefined) return;
    await recordAuditAlone(actor, { action: 'ACCESS_REFUSED', subject, patientId, outcome });
  } catch (error) {
    console.error('[audit] A refused access could not be recorded.', error);
  }
}

/** For the places that turn a use case's refusal into an answer (actions, pages): other errors pass. */
export async function auditRefusal(actor: Actor | null, error: unknown): Promise<void> {
  if (!isAppError(error) || !error.subject) return;
  if (error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND') await recordRefusal(actor, error.code, error.subject);
}
