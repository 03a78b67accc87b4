import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, correctableSessionScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { notFound } from '@/lib/errors';
import type { CourseStatus, SessionStatus, Tolerance } from '@/lib/generated/prisma/client';
import { recordAuditAlone } from '@/lib/server/audit/record-audit';
import { SESSION_CORRECTIONS_INCLUDE, toCorrectionEntry, type SessionCorrectionEntry } from './session-corrections';

export type SessionForCorrection = {
  id: string;
  scheduledOn: IsoDate;
  status: SessionStatus;
  plannedMinutes: number;
  actualMinutes: number | null;
  tolerance: Tolerance | null;
  notes: string;
  reason: string;
  recordedByName: string | null;
  course: { id: string; status: CourseStatus };
  patientName: string;
  corrections: SessionCorrectionEntry[];
};

/**
 * A session as its correction form needs it, if the actor may correct it (correctableSessionScope:
 * the therapist who recorded it, or a paediatrician); anything else is "not found". The read is audited.
 */
export async function getSessionForCorrection(actor: Actor, sessionId: string): Promise<SessionForCorrection> {
  authorize(actor, 'CORRECT_SESSION');
  const session = await db.session.findFirst({
    where: { AND: [{ id: sessionId }, correctableSessionScope(actor)] },
    include: {
      recordedBy: { select: { name: true } },
      corrections: SESSION_CORRECTIONS_INCLUDE,
      course: {
        select: { id: true, status: true, patient: { select: { id: true, firstName: true, lastName: true } } },
      },
    },
  });
  if (!session) throw notFound('SESSION', sessionId);
  const { course } = session;
  await recordAuditAlone(actor, {
    action: 'READ',
    subject: { type: 'SESSION', id: session.id },
    patientId: course.patient.id,
  });
  return {
    id: session.id,
    scheduledOn: toIsoDate(session.scheduledOn),
    status: session.status,
    plannedMinutes: session.plannedMinutes,
    actualMinutes: session.actualMinutes,
    tolerance: session.tolerance,
    notes: session.notes,
    reason: session.reason,
    recordedByName: session.recordedBy?.name ?? null,
    course: { id: course.id, status: course.status },
    patientName: `${course.patient.firstName} ${course.patient.lastName}`,
    corrections: session.corrections.map(toCorrectionEntry),
  };
}
