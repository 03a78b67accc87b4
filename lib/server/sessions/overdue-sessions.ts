import 'server-only';
import { fromIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Sessions nobody recorded although their day has passed, within `courseScope`: sessionState's
 * "overdue" (lib/domain/session-state.ts) as a query, for the lists and counts that cannot load
 * every session to ask it.
 */
export function overdueSessionsWhere(courseScope: Prisma.CourseWhereInput, today: IsoDate): Prisma.SessionWhereInput {
  return {
    status: 'SCHEDULED',
    scheduledOn: { lt: fromIsoDate(today) },
    course: { AND: [courseScope, { status: 'ACTIVE' }] },
  };
}
