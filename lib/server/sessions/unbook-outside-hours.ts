import 'server-only';
import { fromIsoDate, toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import type { ClinicDay } from '@/lib/domain/clinic-day';
import { isBookedOutsideHours } from '@/lib/domain/session-time';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AuditEventInput } from '@/lib/server/audit/record-audit';
import { NO_TIME } from './place-session-times';

/**
 * Takes the time off clinic sessions to come that `clinic`'s opening hours now leave outside, in
 * the transaction that saves the hours: each then waits under "needs attention" for someone to
 * book it again (and to tell the family), and the calendars show it with no time. Returns how
 * many, and an audit event for each for the caller to write last.
 */
export async function unbookOutsideHours(
  tx: Prisma.TransactionClient,
  clinic: ClinicDay,
  today: IsoDate,
): Promise<{ unbooked: number; audits: AuditEventInput[] }> {
  const booked = await tx.session.findMany({
    where: {
      status: 'SCHEDULED',
      location: 'CLINIC',
      startMinute: { not: null },
      scheduledOn: { gte: fromIsoDate(today) },
    },
    select: {
      id: true,
      scheduledOn: true,
      startMinute: true,
      endMinute: true,
      course: { select: { patientId: true } },
    },
  });
  const outside = booked.filter((session) =>
    isBookedOutsideHours(clinic, { ...session, scheduledOn: toIsoDate(session.scheduledOn) }),
  );
  if (outside.length > 0)
    await tx.session.updateMany({ where: { id: { in: outside.map((session) => session.id) } }, data: NO_TIME });
  return {
    unbooked: outside.length,
    audits: outside.map((session) => ({
      action: 'UPDATE',
      subject: { type: 'SESSION', id: session.id },
      patientId: session.course.patientId,
    })),
  };
}
