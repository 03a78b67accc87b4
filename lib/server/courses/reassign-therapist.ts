import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { ACCOUNTS, authorize, courseScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { courseChanges } from '@/lib/domain/course-changes';
import { AppError, notFound } from '@/lib/errors';
import { lockClinicWide, lockCourse, lockTherapistTime } from '@/lib/server/locks';
import { fromIsoDate, toIsoDate } from '@/lib/domain/calendar-date';
import { findClash, formatMinute } from '@/lib/domain/clinic-day';
import { readBookings } from '@/lib/server/sessions/list-bookings';
import { isTimeClash, TIME_TAKEN_MESSAGE } from '@/lib/server/sessions/time-clash';
import { recordAudit } from '@/lib/server/audit/record-audit';
import type { ReassignTherapistInput } from '@/lib/validation/reassign-therapist';
import { translatable } from '@/lib/i18n/translatable';

export type ReassignTherapistResult = { id: string; patientId: string; therapistName: string };

function therapistRefused(message: string): AppError {
  return new AppError('INVALID_STATE', translatable('errors.action.invalidFields'), { therapistId: [message] });
}

/**
 * Hands an active clinic course to another therapist (the assigned one is on leave, or their
 * account was deactivated). Only the course changes, with a TherapistChange row saying who handed
 * it from whom to whom: sessions already recorded keep who recorded them, and every session still
 * to come follows Course.therapistId into the new therapist's agenda and out of the old one's
 * (see recordableSessionScope and listTherapistSessions).
 */
export async function reassignTherapist(actor: Actor, input: ReassignTherapistInput): Promise<ReassignTherapistResult> {
  authorize(actor, 'ASSIGN_THERAPIST');
  return db.$transaction(async (tx) => {
    await lockCourse(tx, { courseId: input.courseId });
    // Holds off a deactivation of the new therapist until this commits (see lib/server/locks.ts).
    await lockClinicWide(tx, 'ACCOUNTS');
    const course = await tx.course.findFirst({
      where: { AND: [{ id: input.courseId }, courseScope(actor)] },
      select: { id: true, patientId: true, status: true, location: true, therapistId: true },
    });
    if (!course) throw notFound('COURSE', input.courseId);
    const refusal = courseChanges(course).REASSIGN;
    if (refusal) throw new AppError('INVALID_STATE', refusal);

    const therapist = await tx.user.findFirst({
      where: { id: input.therapistId, ...ACCOUNTS.therapists, deactivatedAt: null },
      select: { name: true },
    });
    if (!therapist) throw therapistRefused(translatable('errors.refusal.course.chooseActiveTherapist'));
    // Saying "changed" when nothing changed would hide a slip of the select.
    if (course.therapistId === input.therapistId)
      throw therapistRefused(translatable('errors.refusal.course.sameTherapist'));

    // The sessions to come go to the new therapist at their times, which must be free in their day.
    await lockTherapistTime(tx, input.therapistId);
    const timed = await tx.session.findMany({
      where: { courseId: course.id, status: 'SCHEDULED', therapistId: { not: null } },
      select: { id: true, scheduledOn: true, startMinute: true, endMinute: true, room: true },
      orderBy: { scheduledOn: 'asc' },
    });
    const first = timed[0];
    const last = timed.at(-1);
    if (first && last) {
      const bookings = await readBookings(
        tx,
        { therapistId: input.therapistId, room: null },
        toIsoDate(first.scheduledOn),
        toIsoDate(last.scheduledOn),
      );
      for (const session of timed) {
        const date = toIsoDate(session.scheduledOn);
        const clash = findClash(
          {
            date,
            start: session.startMinute ?? 0,
            end: session.endMinute ?? 0,
            therapistId: input.therapistId,
            room: null,
          },
          bookings,
        );
        if (clash)
          throw therapistRefused(
            translatable('errors.refusal.course.therapistBusy', {
              name: therapist.name,
              // A UTC timestamp, formatted in the reader's language by the message (its time zone is UTC).
              date: fromIsoDate(date).getTime(),
              start: formatMinute(clash.start),
              end: formatMinute(clash.end),
            }),
          );
      }
    }
    await tx.course.update({ where: { id: course.id }, data: { therapistId: input.therapistId } });
    await tx.session
      .updateMany({
        where: { id: { in: timed.map((session) => session.id) } },
        data: { therapistId: input.therapistId },
      })
      .catch((error: unknown) => {
        if (isTimeClash(error)) throw therapistRefused(TIME_TAKEN_MESSAGE);
        throw error;
      });
    await tx.therapistChange.create({
      data: {
        courseId: course.id,
        fromTherapistId: course.therapistId,
        toTherapistId: input.therapistId,
        changedById: actor.id,
      },
    });
    await recordAudit(tx, actor, {
      action: 'UPDATE',
      subject: { type: 'COURSE', id: course.id },
      patientId: course.patientId,
    });
    return { id: course.id, patientId: course.patientId, therapistName: therapist.name };
  });
}
