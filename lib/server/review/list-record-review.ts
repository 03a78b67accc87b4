import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, courseScope, patientScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { addDays, fromIsoDate, toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { isOverdue } from '@/lib/domain/session-state';
import { overdueSessionsWhere } from '@/lib/server/sessions/overdue-sessions';
import type { CorrectedRecord, SessionStatus } from '@/lib/generated/prisma/client';

/** How far back the review looks for cancellations and corrections. */
export const REVIEW_DAYS = 30;
/** The most of each kind shown at once: the newest ones. */
const REVIEW_LIMIT = 100;

export type OverdueSessionItem = {
  id: string;
  scheduledOn: IsoDate;
  courseId: string;
  patientName: string;
  therapistName: string | null;
};

export type CancelledCourseItem = {
  id: string;
  patientName: string;
  diagnosis: string;
  cancelledAt: Date | null;
  cancelledByName: string | null;
  reason: string;
};

export type CorrectionItem = {
  id: string;
  /** What was corrected: a session (with its course), a patient's details or an indication. */
  record: { type: 'SESSION'; courseId: string; previousStatus: SessionStatus } | { type: CorrectedRecord };
  patientId: string;
  patientName: string;
  correctedAt: Date;
  correctedByName: string;
  reason: string;
};

export type RecordReview = {
  overdue: OverdueSessionItem[];
  cancelled: CancelledCourseItem[];
  corrections: CorrectionItem[];
};

const fullName = (patient: { firstName: string; lastName: string }) => `${patient.firstName} ${patient.lastName}`;

/**
 * The paediatrician's review of the clinic's record: sessions whose day passed with nothing
 * recorded (sessionState's "overdue"), courses cancelled in the last REVIEW_DAYS days, and the
 * corrections made to sessions, patients' details and indications in that time.
 */
export async function listRecordReview(actor: Actor, today: IsoDate): Promise<RecordReview> {
  authorize(actor, 'REVIEW_RECORD');
  const since = fromIsoDate(addDays(today, -REVIEW_DAYS));
  const scope = courseScope(actor);
  const [open, cancelled, sessionCorrections, recordCorrections] = await Promise.all([
    db.session.findMany({
      where: overdueSessionsWhere(scope, today),
      orderBy: { scheduledOn: 'asc' },
      take: REVIEW_LIMIT,
      select: {
        id: true,
        status: true,
        scheduledOn: true,
        course: {
          select: {
            id: true,
            status: true,
            therapist: { select: { name: true } },
            patient: { select: { firstName: true, lastName: true } },
          },
        },
      },
    }),
    db.course.findMany({
      where: { AND: [scope, { status: 'CANCELLED', cancelledAt: { gte: since } }] },
      orderBy: { cancelledAt: 'desc' },
      take: REVIEW_LIMIT,
      select: {
        id: true,
        cancelledAt: true,
        cancelReason: true,
        cancelledBy: { select: { name: true } },
        indication: { select: { diagnosis: true } },
        patient: { select: { firstName: true, lastName: true } },
      },
    }),
    db.sessionCorrection.findMany({
      where: { correctedAt: { gte: since }, session: { course: scope } },
      orderBy: { correctedAt: 'desc' },
      take: REVIEW_LIMIT,
      select: {
        id: true,
        correctedAt: true,
        reason: true,
        previousStatus: true,
        correctedBy: { select: { name: true } },
        session: {
          select: {
            course: { select: { id: true, patientId: true, patient: { select: { firstName: true, lastName: true } } } },
          },
        },
      },
    }),
    db.recordCorrection.findMany({
      where: { correctedAt: { gte: since } },
      orderBy: { correctedAt: 'desc' },
      take: REVIEW_LIMIT,
      select: {
        id: true,
        recordType: true,
        patientId: true,
        correctedAt: true,
        reason: true,
        correctedBy: { select: { name: true } },
      },
    }),
  ]);
  const recordPatients = await db.patient.findMany({
    // The corrections table has no relation to patients: the scope applies through this lookup.
    where: { AND: [{ id: { in: recordCorrections.map((correction) => correction.patientId) } }, patientScope(actor)] },
    select: { id: true, firstName: true, lastName: true },
  });
  const patientNames = new Map(recordPatients.map((patient) => [patient.id, fullName(patient)]));

  const corrections: CorrectionItem[] = [
    ...sessionCorrections.map((correction) => ({
      id: correction.id,
      record: {
        type: 'SESSION' as const,
        courseId: correction.session.course.id,
        previousStatus: correction.previousStatus,
      },
      patientId: correction.session.course.patientId,
      patientName: fullName(correction.session.course.patient),
      correctedAt: correction.correctedAt,
      correctedByName: correction.correctedBy.name,
      reason: correction.reason,
    })),
    ...recordCorrections.flatMap((correction) => {
      const patientName = patientNames.get(correction.patientId);
      return patientName === undefined
        ? []
        : [
            {
              id: correction.id,
              record: { type: correction.recordType },
              patientId: correction.patientId,
              patientName,
              correctedAt: correction.correctedAt,
              correctedByName: correction.correctedBy.name,
              reason: correction.reason,
            },
          ];
    }),
  ]
    .sort((a, b) => b.correctedAt.getTime() - a.correctedAt.getTime())
    .slice(0, REVIEW_LIMIT);

  return {
    // The query narrows the rows; sessionState decides, as it does on every page.
    overdue: open
      .map((session) => ({ ...session, scheduledOn: toIsoDate(session.scheduledOn) }))
      .filter((session) => isOverdue(session, session.course.status, today))
      .map((session) => ({
        id: session.id,
        scheduledOn: session.scheduledOn,
        courseId: session.course.id,
        patientName: fullName(session.course.patient),
        therapistName: session.course.therapist?.name ?? null,
      })),
    cancelled: cancelled.map((course) => ({
      id: course.id,
      patientName: fullName(course.patient),
      diagnosis: course.indication.diagnosis,
      cancelledAt: course.cancelledAt,
      cancelledByName: course.cancelledBy?.name ?? null,
      reason: course.cancelReason,
    })),
    corrections,
  };
}
