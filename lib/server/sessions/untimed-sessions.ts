import 'server-only';
import { fromIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Clinic sessions to come with no time booked, within `courseScope`: awaitsBooking
 * (lib/domain/session-time.ts) as a query, for the list and the count that cannot load every
 * session to ask it.
 */
export function untimedSessionsWhere(courseScope: Prisma.CourseWhereInput, today: IsoDate): Prisma.SessionWhereInput {
  return {
    status: 'SCHEDULED',
    location: 'CLINIC',
    startMinute: null,
    scheduledOn: { gte: fromIsoDate(today) },
    course: { AND: [courseScope, { status: 'ACTIVE', therapistId: { not: null } }] },
  };
}
